package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code needle team}: who shares the database, who founded it, who "you" are; {@code team add} adds a person. */
class TeamCommandTest {
    private static final String ACCOUNT = LocalPerson.displayName(System.getProperty("user.name", "me"));

    @TempDir
    Path home;

    @Test
    void aNewDatabaseHasNobodyUntilSomeoneIsAddedAndThenItsFounderIsWhoeverRanIt() {
        CliRun cli = new CliRun(home);
        assertThat(cli.onDisk("team")).isZero();
        assertThat(cli.out).contains("Nobody has joined yet");

        assertThat(cli.onDisk("team", "add", "Bob Martin")).isZero();
        assertThat(cli.out).isEqualTo("Bob Martin joined the team.\n");

        assertThat(cli.onDisk("team")).isZero();
        String today = LocalDate.now().toString();
        assertThat(cli.out).isEqualTo(ACCOUNT + "\tjoined " + today + "  founder  you\n"
                + "Bob Martin\tjoined " + today + "\n");
    }

    @Test
    void addingSomeoneOnTheTeamAlreadyChangesNothingAndANonNameIsRefused() {
        CliRun cli = new CliRun(home);
        cli.onDisk("team", "add", "Bob Martin");

        assertThat(cli.onDisk("team", "add", "bob martin")).isZero();
        assertThat(cli.out).isEqualTo("Bob Martin is on the team already.\n");

        assertThat(cli.onDisk("team", "add", "Hi, I am Bob")).isEqualTo(NeedleCommand.BAD_INPUT);
        assertThat(cli.err).isEqualTo("needle team add: NAME: that looks like a sentence; type just the name, "
                + "like Ana Lima\n");
        cli.onDisk("team", "--json");
        assertThat(cli.out).doesNotContain("Hi");
    }

    @Test
    void theJsonListSaysWhoFoundedItAndWhoYouAre() {
        CliRun cli = new CliRun(home);
        cli.onDisk("team", "add", "Bob Martin");

        assertThat(cli.onDisk("--me", "Bob Martin", "team", "--json")).isZero();

        String today = LocalDate.now().toString();
        assertThat(cli.out.strip()).isEqualTo("[{\"name\":\"" + ACCOUNT + "\",\"joined\":\"" + today
                + "\",\"founder\":true,\"you\":false},{\"name\":\"Bob Martin\",\"joined\":\"" + today
                + "\",\"founder\":false,\"you\":true}]");
    }
}
