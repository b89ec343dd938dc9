package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script's read starts opening its database on a second thread before logging is set up, so that
 * set-up runs beside the open instead of holding it back (docs/performance.md): the class the open's
 * thread runs is made before logback's logger context is loaded.
 */
class OpenAheadBeforeLoggingIT {
    @TempDir
    Path dir;

    @Test
    void aScriptsReadStartsItsOpenBeforeLoggingIsSetUp() throws Exception {
        Path data = dir.resolve("data");
        run(List.of(), "--data-dir", data.toString(), "contacts", "ann"); // makes the database
        Path classes = dir.resolve("classes.txt");

        run(List.of("-Xlog:class+load=info:file=" + classes), "--data-dir", data.toString(), "contacts", "ann");

        List<String> loaded = Files.readAllLines(classes);
        int openAhead = indexOf(loaded, "dev.needle.adapter.persistence.jdbi.H2OpenAhead$$Lambda");
        int logging = indexOf(loaded, "ch.qos.logback.classic.LoggerContext ");
        assertThat(openAhead).isNotNegative();
        assertThat(logging).isNotNegative();
        assertThat(openAhead).isLessThan(logging);
    }

    private void run(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Tools.needleJar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("XDG_") || name.startsWith("NEEDLE_"));
        Process needle = builder.start();
        assertThat(needle.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(needle.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isLessThanOrEqualTo(1);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
