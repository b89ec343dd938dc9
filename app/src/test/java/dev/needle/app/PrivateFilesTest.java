package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code needle} entry point in its own JVM: the log (user names, client addresses, key
 * fingerprints) and the backups are its user's alone, also where an older version left them open.
 */
class PrivateFilesTest {
    @TempDir
    Path tmp;

    @Test
    void theLogFolderIsPrivateAndTheLogOwnerOnly() throws Exception {
        assertThat(needle("init")).isZero();

        assertThat(mode(tmp.resolve("state/needle"))).isEqualTo("rwx------");
        assertThat(mode(tmp.resolve("state/needle/needle.log"))).isEqualTo("rw-------");
        assertThat(Files.readString(tmp.resolve("state/needle/needle.log"))).as("logging still works").isNotEmpty();
    }

    @Test
    void aLogLeftOpenByAnOlderVersionIsTightenedOnStart() throws Exception {
        Path state = Files.createDirectories(tmp.resolve("state/needle"));
        Path log = Files.writeString(state.resolve("needle.log"), "an older line\n");
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(needle("init")).isZero();

        assertThat(mode(state)).isEqualTo("rwx------");
        assertThat(mode(log)).isEqualTo("rw-------");
        assertThat(Files.readString(log)).as("appended to, not replaced").startsWith("an older line\n").contains("INFO");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private int needle(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // The application's own logging setup, not the tests' one.
                "-Dlogback.configurationFile=logback.xml", "-XX:TieredStopAtLevel=1",
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("XDG_DATA_HOME", tmp.resolve("data").toString());
        env.put("XDG_STATE_HOME", tmp.resolve("state").toString());
        env.put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        Path output = tmp.resolve("output.txt");
        Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        int exit = process.waitFor();
        assertThat(exit).as(Files.readString(output)).isZero();
        return exit;
    }
}
