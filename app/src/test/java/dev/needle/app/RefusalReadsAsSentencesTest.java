package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An import's refusal and what became of the import read as clean sentences: never ".;" or "..". */
class RefusalReadsAsSentencesTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) throws Exception {
        NeedleCommand command = new NeedleCommand(() -> false, Map.of(
                "XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString(),
                "TERM", "xterm-256color"));
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        try {
            return cmd.execute(args);
        } finally {
            command.close();
        }
    }

    @Test
    void aPlanWithAnAmountThatIsNotOneSaysSoAndThenThatNothingWasImported() throws Exception {
        Path plan = tmp.resolve("plan.yaml");
        Files.writeString(plan, "needle: plan\nbudget:\n  monthly-money: \"$150x\"\n");

        assertThat(run("--data-dir", tmp.resolve("data").toString(), "import", "yaml", plan.toString())).isEqualTo(1);

        assertThat(err.toString().strip()).endsWith(
                "budget.monthly-money: \"$150x\" is not an amount; write it like 4.50, $150 or 1,234.50. Nothing imported.");
    }
}
