package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Database settings from the configuration file, with the password kept private and never quoted. */
class DatabaseConfigTest {
    private static final String SECRET = "hunter2-from-config";

    @TempDir
    Path tmp;

    private Path config(String yaml, String permissions) throws IOException {
        Path file = Files.writeString(tmp.resolve("config.yaml"), yaml);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void readsTheDatabaseSectionOfAPrivateFile() throws IOException {
        Path file = config("theme: dark\ndatabase:\n  url: jdbc:postgresql://db.example/needle\n  user: ada\n  password: " + SECRET + "\n", "rw-------");

        DatabaseConfig config = DatabaseConfig.read(file);

        assertThat(config.url()).contains("jdbc:postgresql://db.example/needle");
        assertThat(config.user()).contains("ada");
        assertThat(config.password()).contains(SECRET);
        assertThat(config.toString()).doesNotContain(SECRET);
    }

    @Test
    void aMissingFileOrSectionMeansNoSettings() throws IOException {
        assertThat(DatabaseConfig.read(tmp.resolve("absent.yaml"))).isEqualTo(DatabaseConfig.NONE);
        assertThat(DatabaseConfig.read(config("theme: dark\n", "rw-r--r--"))).isEqualTo(DatabaseConfig.NONE);
    }

    @Test
    void aPasswordInAFileOthersCanReadIsRefusedWithoutShowingIt() throws IOException {
        Path file = config("database:\n  password: " + SECRET + "\n", "rw-r--r--");

        assertThatThrownBy(() -> DatabaseConfig.read(file))
                .isInstanceOf(NeedleFailure.class)
                .hasMessageContaining("chmod 600")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aPasswordInAFileWhosePermissionsCannotBeReadIsRefused() throws IOException {
        Path file = config("database:\n  password: " + SECRET + "\n", "rw-------");

        assertThatThrownBy(() -> DatabaseConfig.read(file, f -> {
            throw new java.nio.file.AccessDeniedException(f.toString());
        })).isInstanceOf(NeedleFailure.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("NEEDLE_DB_PASSWORD")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> DatabaseConfig.read(file, f -> {
            throw new UnsupportedOperationException("no POSIX permissions here");
        })).as("a file system without POSIX permissions").isInstanceOf(NeedleFailure.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void brokenYamlIsReportedWithoutQuotingIt() throws IOException {
        Path file = config("database:\n  password: " + SECRET + "\n   url: [unclosed\n", "rw-------");

        assertThatThrownBy(() -> DatabaseConfig.read(file))
                .isInstanceOf(NeedleFailure.class)
                .hasMessageContaining("not valid YAML")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void theEnvironmentWinsOverTheFileAndTheFileFillsTheRest() throws IOException {
        Path file = config("database:\n  user: from-file\n  password: " + SECRET + "\n", "rw-------");
        NeedleCommand command = new NeedleCommand(() -> false);
        new CommandLine(command).parseArgs("--config", file.toString());

        Map<String, String> credentials = ChosenDatabase.credentials(command, Map.of(Databases.USER_VARIABLE, "from-env"));

        assertThat(credentials).containsEntry(Databases.USER_VARIABLE, "from-env").containsEntry(Databases.PASSWORD_VARIABLE, SECRET);
    }

    @Test
    void aPostgresUrlFromTheFileIsHonouredWithoutShowingItsPassword() throws IOException {
        Path file = config("database:\n  url: jdbc:postgresql://db.example/needle?password=" + SECRET + "\n", "rw-------");
        StringWriter err = new StringWriter();
        CommandLine cmd = NeedleCommand.commandLine(() -> false);
        cmd.setErr(new PrintWriter(err, true));

        int exit = cmd.execute("--config", file.toString(), "backup");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("pg_dump").doesNotContain(SECRET);
    }
}
