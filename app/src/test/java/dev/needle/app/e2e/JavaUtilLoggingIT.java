package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a library logs through java.util.logging, or the JDK through System.Logger, lands in the log file, at the log's level, and never on
 * the terminal, though java.util.logging is only set up when something first uses it.
 */
class JavaUtilLoggingIT {
    @TempDir
    Path dir;

    @Test
    void javaUtilLoggingGoesToTheLogFileOnly() throws Exception {
        Path classes = dir.resolve("classes/dev/needle/app");
        Files.createDirectories(classes);
        Files.copy(Path.of("target/test-classes/dev/needle/app/JulProbe.class"), classes.resolve("JulProbe.class"));
        Path log = dir.resolve("state/needle.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-cp", Tools.needleJar() + ":" + dir.resolve("classes"),
                "dev.needle.app.JulProbe", log.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(probe.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("out.txt")) + Files.readString(dir.resolve("err.txt"))).isEmpty();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).anyMatch(line -> line.contains("INFO ") && line.endsWith("probe - a line through slf4j"));
        assertThat(lines).anyMatch(line -> line.contains("WARN ") && line.endsWith("a warning through java.util.logging"));
        assertThat(lines).anyMatch(line -> line.contains("INFO ") && line.endsWith("a note through java.util.logging"));
        assertThat(lines).anyMatch(line -> line.contains("WARN ") && line.endsWith("org.example.platform - a warning through System.Logger"));
        assertThat(String.join("\n", lines)).doesNotContain("a detail below the level").doesNotContain("a debug line below");
    }
}
