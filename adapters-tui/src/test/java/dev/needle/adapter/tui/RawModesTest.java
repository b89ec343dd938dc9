package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full screen's terminal modes set by one stty run: every mode Lanterna sets one run at a time and
 * every signal key Needle turns off, with the window's size read by the same run; a run that fails
 * sets nothing, so Lanterna's own calls follow.
 */
class RawModesTest {
    @TempDir
    Path dir;

    /** A stand-in for stty that keeps its arguments and answers as a real one would. */
    private String stty(String answer, int exit) throws IOException {
        Path script = dir.resolve("stty");
        Files.writeString(script, "#!/bin/sh\necho \"$@\" > '" + dir.resolve("args") + "'\nprintf '" + answer
                + "'\nexit " + exit + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    private String args() throws IOException {
        return Files.readString(dir.resolve("args")).strip();
    }

    @Test
    void oneRunSetsEveryModeAndReadsTheSize() throws Exception {
        Optional<RawModes.Set> set = RawModes.setAll(stty("24 80\\n", 0), true, new File("/dev/null"));

        assertThat(set).contains(new RawModes.Set(Optional.of(new TerminalSize(80, 24))));
        assertThat(args()).isEqualTo("-icanon min 1 -echo intr undef susp undef quit undef -ixon size");
    }

    @Test
    void ctrlCKeepsItsSignalWhenLanternaWouldLeaveIt() throws Exception {
        RawModes.setAll(stty("24 80\\n", 0), false, new File("/dev/null"));

        assertThat(args()).isEqualTo("-icanon min 1 -echo susp undef quit undef -ixon size");
    }

    @Test
    void aRunThatFailsSetsNothingSoLanternaSetsTheModesItsOwnWay() throws Exception {
        assertThat(RawModes.setAll(stty("", 1), true, new File("/dev/null"))).isEmpty();
        assertThat(RawModes.setAll(dir.resolve("no-such-stty").toString(), true, new File("/dev/null"))).isEmpty();
    }

    @Test
    void aTtyWithoutASizeLeavesTheSizeToTheTerminalsAnswer() throws Exception {
        assertThat(RawModes.setAll(stty("0 0\\n", 0), true, new File("/dev/null")))
                .contains(new RawModes.Set(Optional.empty()));
        assertThat(RawModes.size("")).isEmpty();
        assertThat(RawModes.size("24")).isEmpty();
        assertThat(RawModes.size("rows cols")).isEmpty();
        assertThat(RawModes.size("40 120")).contains(new TerminalSize(120, 40));
    }
}
