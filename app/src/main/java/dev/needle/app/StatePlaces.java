package dev.needle.app;

import java.nio.file.Path;
import java.util.Map;

/** Where Needle keeps its state (the log file), following the XDG base directory convention. */
record StatePlaces(Path stateDir) {
    static final String LOG_FILE_NAME = "needle.log";

    /**
     * Uses {@code $XDG_STATE_HOME/needle}, or {@code ~/.local/state/needle} when the variable is
     * unset, empty or relative (the XDG specification says relative paths are to be ignored).
     */
    static StatePlaces fromEnvironment(Map<String, String> env, Path home) {
        String xdgState = env.get("XDG_STATE_HOME");
        Path base = xdgState != null && !xdgState.isBlank() && Path.of(xdgState).isAbsolute()
                ? Path.of(xdgState)
                : home.resolve(".local").resolve("state");
        return new StatePlaces(base.resolve("needle"));
    }

    Path logFile() {
        return stateDir.resolve(LOG_FILE_NAME);
    }
}
