package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's refusal and what became of the import read as clean sentences: never ".;" or "..". */
class RefusalReadsAsSentencesTest {
    @TempDir
    Path tmp;

    @Test
    void aPlanWithAnAmountThatIsNotOneSaysSoAndThenThatNothingWasImported() throws Exception {
        Path plan = tmp.resolve("plan.yaml");
        Files.writeString(plan, "needle: plan\nbudget:\n  monthly-money: \"$150x\"\n");

        CliRun cli = new CliRun(tmp);
        assertThat(cli.onDisk("import", "yaml", plan.toString())).isEqualTo(1);

        assertThat(cli.err.strip()).endsWith(
                "budget.monthly-money: \"$150x\" is not an amount; write it like 4.50, $150 or 1,234.50. Nothing imported.");
    }
}
