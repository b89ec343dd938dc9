package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit code table of docs/cli.md is the program's, and each code comes from the case it names. */
class ExitCodesTest {
    @TempDir
    Path home;

    @Test
    void theDocumentedTableListsTheCodesTheProgramUses() throws IOException {
        Path doc = Path.of("..", "docs", "cli.md");
        Matcher rows = Pattern.compile("(?m)^\\| (\\d) \\| ").matcher(Files.readString(doc, StandardCharsets.UTF_8));
        List<String> documented = rows.results().map(r -> r.group(1)).toList();
        assertThat(documented).containsExactlyElementsOf(CommandHelp.EXIT_CODES.keySet());
        assertThat(CommandHelp.EXIT_CODES.keySet()).containsExactly("0", "1", "2", "3");
    }

    @Test
    void eachCodeComesFromTheCaseTheTableNames() {
        CliRun cli = new CliRun(home);
        assertThat(cli.run("--db", "mem:", "contacts")).isEqualTo(0);
        assertThat(cli.run("--db", "mem:", "triage", "Nobody")).isEqualTo(1);
        assertThat(cli.err).startsWith("needle triage: no contact matches");
        assertThat(cli.run("--db", "mem:", "contacts", "--frobnicate")).isEqualTo(2);
        assertThat(cli.err).startsWith("needle contacts: unknown option: '--frobnicate'");
        // Nothing listens on port 1: the database cannot be reached, which is the machine's failure.
        assertThat(cli.run("--db", "jdbc:postgresql://127.0.0.1:1/needle", "contacts")).isEqualTo(3);
        assertThat(cli.err).hasLineCount(1).contains("cannot open the database", "nothing was changed");
    }
}
