package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Money;
import dev.needle.domain.triage.TriageSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A {@code budget:} section in the config file is the budget from the next start on. */
class ConfigBudgetTest {
    private static final Budget FROM_CONFIG = new Budget(180, Money.parse("25.00"));
    private static final Budget FROM_PLAN = new Budget(240, Money.parse("40.00"));

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private NeedleCommand command(boolean terminal, FullScreen screen) {
        return new NeedleCommand(() -> terminal, Map.of("XDG_CONFIG_HOME", tmp.resolve("nowhere").toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString(), "TERM", "xterm-256color"), screen);
    }

    /** Runs {@code args}, then hands the still-open command to {@code after} before closing it. */
    private int run(java.util.function.Consumer<NeedleCommand> after, String... args) throws Exception {
        NeedleCommand command = command(false, (u, s) -> { });
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        try {
            int exit = cmd.execute(args);
            after.accept(command);
            return exit;
        } finally {
            command.close();
        }
    }

    private Path config(String text) throws IOException {
        return Files.writeString(tmp.resolve("config.yaml"), text);
    }

    private Path planWithBudget() throws IOException {
        return Files.writeString(tmp.resolve("plan.yaml"), """
                needle: plan
                budget:
                  weekly-hours: 4
                  monthly-money: "40.00"
                """);
    }

    private static Optional<Budget> stored(NeedleCommand command) {
        return command.useCases().budgetStatus().budgetStatus().map(BudgetStatus::budget);
    }

    @Test
    void aConfiguredBudgetIsTheBudgetAfterAnyCommand() throws Exception {
        Path config = config("budget:\n  weekly-hours: 3\n  monthly-money: \"25.00\"\n");
        List<Optional<Budget>> seen = new ArrayList<>();
        List<Optional<Path>> source = new ArrayList<>();

        int exit = run(c -> {
            seen.add(stored(c));
            source.add(c.budgetConfigFile());
        }, "--db", "mem:", "--config", config.toString(), "needs");

        assertThat(exit).isZero();
        assertThat(seen).containsExactly(Optional.of(FROM_CONFIG));
        assertThat(source).containsExactly(Optional.of(config));
    }

    @Test
    void theConfigWinsOverAStoredBudgetAtEachStart() throws Exception {
        String db = "--data-dir";
        String data = tmp.resolve("data").toString();
        assertThat(run(c -> { }, db, data, "import", "yaml", planWithBudget().toString())).isZero();
        List<Optional<Budget>> before = new ArrayList<>();
        assertThat(run(c -> before.add(stored(c)), db, data, "needs")).isZero();
        assertThat(before).containsExactly(Optional.of(FROM_PLAN));

        Path config = config("budget:\n  weekly-minutes: 180\n  monthly-money: \"25.00\"\n");
        assertThat(run(c -> { }, db, data, "--config", config.toString(), "needs")).isZero();

        List<Optional<Budget>> after = new ArrayList<>();
        List<Optional<Path>> source = new ArrayList<>();
        assertThat(run(c -> {
            after.add(stored(c));
            source.add(c.budgetConfigFile());
        }, db, data, "needs")).isZero();
        assertThat(after).as("stored by the configured start").containsExactly(Optional.of(FROM_CONFIG));
        assertThat(source).as("this start had no budget in its config").containsExactly(Optional.empty());
    }

    @Test
    void negativeMoneyStopsTheStartNamingFieldAndLineAndChangesNothing() throws Exception {
        refusedLeavesThePlanBudget("budget:\n  weekly-hours: 3\n  monthly-money: \"-25.00\"\n");
    }

    @Test
    void moneyWithThreeDecimalPlacesStopsTheStartNamingFieldAndLineAndChangesNothing() throws Exception {
        refusedLeavesThePlanBudget("budget:\n  weekly-hours: 3\n  monthly-money: \"4.555\"\n");
    }

    private void refusedLeavesThePlanBudget(String configText) throws Exception {
        String data = tmp.resolve("data").toString();
        assertThat(run(c -> { }, "--data-dir", data, "import", "yaml", planWithBudget().toString())).isZero();
        Path config = config(configText);

        int exit = run(c -> { }, "--data-dir", data, "--config", config.toString(), "needs");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("config.yaml, line 3").contains("monthly-money");
        List<Optional<Budget>> after = new ArrayList<>();
        assertThat(run(c -> after.add(stored(c)), "--data-dir", data, "needs")).isZero();
        assertThat(after).containsExactly(Optional.of(FROM_PLAN));
    }

    @Test
    void theFullScreenUiIsToldWhichFileSetTheBudget() throws Exception {
        Path config = config("budget:\n  weekly-hours: 3\n  monthly-money: \"25.00\"\n");
        List<Optional<Path>> told = new ArrayList<>();
        FullScreen screen = new FullScreen() {
            @Override
            public void show(UseCases useCases, TriageSettings settings) {
                throw new AssertionError("the UI must be told where the budget comes from");
            }

            @Override
            public void show(UseCases useCases, TriageSettings settings, Optional<Path> budgetConfigFile) {
                told.add(budgetConfigFile);
            }
        };
        NeedleCommand command = command(true, screen);
        try {
            assertThat(new CommandLine(command).execute("--db", "mem:", "--config", config.toString())).isZero();
        } finally {
            command.close();
        }
        assertThat(told).containsExactly(Optional.of(config));
    }
}
