package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** needle(1) has a section per command of the tree, and groff reads it without a warning. */
class ManPageTest {
    @TempDir
    Path tmp;

    private final String page = ManPage.troff(NeedleCommand.commandLine(() -> false));

    @Test
    void everyCommandHasItsSection() {
        for (List<String> path : CommandTreeHelpTest.paths()) {
            if (!path.isEmpty()) {
                assertThat(page).contains(".SS \"needle " + String.join(" ", path).replace("-", "\\-") + "\"\n");
            }
        }
        assertThat(page).startsWith(".TH NEEDLE 1").contains(".SH \"EXIT STATUS\"", "\\-\\-format");
    }

    @Test
    void groffFormatsItWithoutWarnings() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff is not installed");
        Path file = Files.writeString(tmp.resolve("needle.1"), page);
        Process groff = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", file.toString()).start();
        String text = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String warnings = new String(groff.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(groff.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(warnings).isEmpty();
        assertThat(text.replaceAll(".\b", "")).contains("needle query", "needle import yaml", "EXIT STATUS");
    }
}
