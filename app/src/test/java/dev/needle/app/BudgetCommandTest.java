package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code needle budget}: shows and sets my weekly hours and the monthly money from a script. */
class BudgetCommandTest {
    @TempDir
    Path home;

    private CliRun run(String... args) {
        CliRun cli = new CliRun(home);
        cli.run(args);
        return cli;
    }

    @Test
    void withNoBudgetItSaysHowToSetOne() {
        CliRun cli = new CliRun(home);

        assertThat(cli.run("budget")).isZero();
        assertThat(cli.out).contains("No budget set. Set one with: needle budget --hours 4 --money 50");
    }

    @Test
    void hoursAndMoneyAreSetThenShownAndWhatIsLeftOutStays() {
        CliRun set = new CliRun(home);
        assertThat(set.run("budget", "--hours", "2.5", "--money", "50")).isZero();
        assertThat(set.out).contains("This week: 0 of 2.5 h spent, 2.5 h left")
                .contains("This month: 0.00 of 50.00 spent, 50.00 left");

        CliRun again = run("budget", "--hours", "4", "--json");

        assertThat(again.out.strip()).startsWith("{\"weekly_minutes\":240")
                .contains("\"monthly_money\":\"50.00\"").contains("\"minutes_booked\":0,");
    }

    @Test
    void hoursTakeAUnitAsPeopleWriteThem() {
        assertThat(new CliRun(home).run("budget", "--hours", "3 hours", "--money", "50")).isZero();

        assertThat(run("budget", "--json").out.strip()).startsWith("{\"weekly_minutes\":180");
    }

    @Test
    void hoursThatAreNoNumberAreRefusedInOneLineAndNothingIsSet() {
        CliRun cli = new CliRun(home);

        assertThat(cli.run("budget", "--hours", "lots")).isEqualTo(1);
        assertThat(cli.err.strip()).isEqualTo("needle budget: \"lots\" is not a number of hours; write e.g. 4 or 2.5.");
        assertThat(run("budget").out).contains("No budget set.");
    }
}
