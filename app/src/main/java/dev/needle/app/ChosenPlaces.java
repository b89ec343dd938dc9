package dev.needle.app;

import java.nio.file.Path;
import java.util.Map;

/** The data folder a run uses: {@code --data-dir} if given, else the XDG default. */
final class ChosenPlaces {
    private ChosenPlaces() {}

    static Path dataDir(NeedleCommand command, Map<String, String> env) {
        return command.dataDir().orElseGet(() -> Places.fromEnvironment(env, Path.of(System.getProperty("user.home"))).dataDir());
    }

    static boolean isPostgres(NeedleCommand command) {
        return command.databaseUrl().filter(url -> url.startsWith("jdbc:postgresql:")).isPresent();
    }
}
