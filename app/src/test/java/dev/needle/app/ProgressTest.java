package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theCountingLineGroupsThousandsAndGivesTheRatePerSecond() {
        assertThat(Progress.countLine("importing", 42_000, 100_000, 2_000_000_000L))
                .isEqualTo("importing: 42 000 / 100 000 (21 000/s)");
    }

    @Test
    void noRateIsGuessedFromTheFirstInstants() {
        assertThat(Progress.countLine("checking", 12, 10_000, 5_000_000L)).isEqualTo("checking: 12 / 10 000");
    }

    @Test
    void whileTheFileIsStillBeingReadTheCountShowsWithoutATotalAndIsNotRedrawnForEveryRecord() {
        assertThat(Progress.countLine("importing", 42_000, -1, 2_000_000_000L)).isEqualTo("importing: 42 000 (21 000/s)");
        StringWriter written = new StringWriter();
        Progress progress = new Progress(new PrintWriter(written), true);

        for (int done = 1; done <= 1000; done++) {
            progress.count("importing", done, -1);
        }

        // Redrawn at most every 100 ms: a handful of lines even on a slow machine, not a thousand.
        assertThat(written.toString().split("\r")[1]).isEqualTo("importing: 1");
        assertThat(written.toString().chars().filter(c -> c == '\r').count()).isLessThan(10);
    }

    @Test
    void nothingIsWrittenWhenStderrIsNotATerminal() {
        StringWriter written = new StringWriter();
        // Tests run with stderr redirected, so there is no console: the progress must stay silent.
        Progress progress = Progress.onStderr(new PrintWriter(written), false);

        progress.count("importing", 5, 10);
        progress.show("reading a file …");
        progress.done();

        assertThat(written.toString()).isEmpty();
    }

    @Test
    void theStoringPhaseShowsItsFirstCountAtOnceAfterMatching() {
        StringWriter written = new StringWriter();
        Progress progress = new Progress(new PrintWriter(written), true);

        progress.count("importing", 1, 10);
        progress.count("importing", 10, 10);
        progress.count("storing", 0, 5);

        assertThat(written.toString()).contains("importing: 10 / 10").endsWith("storing: 0 / 5" + " ".repeat(4));
    }
}
