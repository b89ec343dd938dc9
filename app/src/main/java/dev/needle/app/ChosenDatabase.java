package dev.needle.app;

import dev.needle.adapter.persistence.jdbi.JdbiPersistence;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data folder and database a run uses: {@code --data-dir} or the XDG default; {@code --db}, else the
 * configuration file's {@code database.url}, else the data folder's H2 file. Credentials beside a URL come
 * from the environment first, then the configuration file (a URL's own parameters win over both).
 */
final class ChosenDatabase {
    private ChosenDatabase() {}

    static Path dataDir(NeedleCommand command, Map<String, String> env) {
        return command.dataDir().orElseGet(() -> places(env).dataDir());
    }

    static boolean isPostgres(NeedleCommand command, Map<String, String> env) {
        return databaseUrl(command, env).filter(url -> url.startsWith("jdbc:postgresql:")).isPresent();
    }

    static Optional<String> databaseUrl(NeedleCommand command, Map<String, String> env) {
        return command.databaseUrl().or(() -> config(command, env).url());
    }

    /** Opens the chosen database's stores, for a run that reads and writes or one that only reads. */
    static OpenDatabase open(NeedleCommand command, Map<String, String> env) {
        return Databases.open(databaseUrl(command, env), dataDir(command, env), credentials(command, env),
                PassphrasePrompt.console());
    }

    /**
     * Opens the chosen database's stores for a run that writes nothing and ends in moments, one that may
     * search or ({@code searches} false) one that reads no search text.
     */
    static OpenDatabase openToRead(NeedleCommand command, Map<String, String> env, boolean searches) {
        return Databases.openToRead(databaseUrl(command, env), dataDir(command, env), credentials(command, env),
                PassphrasePrompt.console(), searches);
    }

    /** Opens the chosen database's stores for an import, built aside when the data folder has none yet. */
    static OpenDatabase openForImport(NeedleCommand command, Map<String, String> env) {
        return Databases.openForImport(databaseUrl(command, env), dataDir(command, env), credentials(command, env),
                PassphrasePrompt.console());
    }

    /** Opens the chosen SQL database itself, for backups. */
    static JdbiPersistence openJdbi(NeedleCommand command, Map<String, String> env) {
        return Databases.openJdbi(databaseUrl(command, env), dataDir(command, env), credentials(command, env), PassphrasePrompt.console());
    }

    /** The environment, with the configuration file's user and password filling what it leaves unset. */
    static Map<String, String> credentials(NeedleCommand command, Map<String, String> env) {
        DatabaseConfig config = config(command, env);
        Map<String, String> merged = new HashMap<>(env);
        config.user().ifPresent(user -> merged.putIfAbsent(Databases.USER_VARIABLE, user));
        config.password().ifPresent(password -> merged.putIfAbsent(Databases.PASSWORD_VARIABLE, password));
        return merged;
    }

    private static DatabaseConfig config(NeedleCommand command, Map<String, String> env) {
        return DatabaseConfig.read(command.configFile().orElseGet(() -> places(env).configFile()));
    }

    private static Places places(Map<String, String> env) {
        return Places.fromEnvironment(env);
    }
}
