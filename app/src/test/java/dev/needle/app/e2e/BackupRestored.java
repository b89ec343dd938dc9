package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A folder filled from a YAML backup through the runnable jar, as a user restoring one would. */
final class BackupRestored {
    private BackupRestored() {
    }

    /** Writes {@code yaml} as a backup in {@code work} and imports it into {@code data}; the import must succeed. */
    static void into(Path work, Path data, String yaml) throws Exception {
        Path backup = Files.writeString(work.resolve("backup.yaml"), yaml, StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process load = new ProcessBuilder(List.of(java, "-jar", Tools.needleJar().toString(), "--data-dir",
                data.toString(), "import", "yaml", backup.toString())).redirectErrorStream(true).start();
        String said = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(load.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(load.exitValue()).as(said).isZero();
    }
}
