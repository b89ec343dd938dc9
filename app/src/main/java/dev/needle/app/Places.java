package dev.needle.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Needle keeps its data, configuration and log, following the XDG base directory
 * convention: {@code $XDG_DATA_HOME/needle}, {@code $XDG_CONFIG_HOME/needle/config.yaml} and
 * {@code $XDG_STATE_HOME/needle/needle.log}, each falling back to its default under the home folder
 * when the variable is unset, empty or relative (the specification says to ignore relative paths).
 */
record Places(Path dataDir, Path configFile, Path stateDir) {
    static final String LOG_FILE_NAME = "needle.log";

    /**
     * Places under the home folder that {@code $HOME} names: Java's {@code user.home} comes from the
     * password database instead, which would put a user's data elsewhere than their shell and every
     * other XDG program do (and ignore a fresh {@code HOME} given to a test run).
     */
    static Places fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, home(env));
    }

    /** {@code $HOME} when it is set and absolute, else Java's idea of the home folder. */
    static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute()
                ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }

    static Places fromEnvironment(Map<String, String> env, Path home) {
        return new Places(
                base(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("needle"),
                base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("needle").resolve("config.yaml"),
                base(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("needle"));
    }

    Path logFile() {
        return stateDir.resolve(LOG_FILE_NAME);
    }

    private static Path base(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
