package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.yaml.NeedleYaml;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.triage.TriageSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Alice and Bob on one H2 database, each with their own use cases as two sessions have them: Alice's
 * private note never reaches Bob's search, contact page, {@code --json}, vCard or calendar; the team's
 * YAML backup holds it with its author and says so.
 */
class PrivateNotesEverywhereTest {
    private static final String SECRET = "Owes me a favour; ask about the kiln.";

    @TempDir
    Path dir;
    private OpenDatabase db;
    private UseCases alice;
    private UseCases bob;
    private Contact maria;

    private UseCases as(Teammate who) {
        return UseCases.wire(db.stores(), new SystemClock(Clock.systemDefaultZone()), TriageSettings.defaults(),
                MeetingDefaults.standard(), () -> who);
    }

    private Teammate joined(String name) {
        return db.stores().team().join(new Teammate(new TeammateId(db.stores().ids().next()), name, LocalDate.now()));
    }

    @BeforeEach
    void twoPartners() {
        db = Databases.open(Optional.empty(), dir, Map.of());
        alice = as(joined("Alice"));
        bob = as(joined("Bob"));
        alice.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.BUSINESS,
                "Wholesale customers for the bakery", Set.of()));
        maria = alice.captureContact().capture(new CaptureContactUseCase.Command("Maria Lopez", "Bluebird Café",
                "Owner", Optional.empty(), Set.of(), Optional.empty()));
        alice.privateNotes().write(maria.id(), SECRET);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static String json(UseCases who, String query) {
        Map<ContactId, String> mine = who.privateNotes().allMine();
        return Json.write(who.searchContacts().search(query, Integer.MAX_VALUE).stream()
                .map(c -> Views.contact(c, mine)).toList());
    }

    private static String export(UseCases who, String format) throws IOException {
        StringWriter out = new StringWriter();
        ExportCommand.FORMATS.get(format).writing().write(who.exportBackup().exportBackup(), out, n -> { }, e -> "", java.time.ZoneId.of("UTC"));
        return out.toString();
    }

    @Test
    void bobsSearchAndContactPageNeverHoldAlicesNote() {
        assertThat(bob.searchContacts().search("kiln", 10)).isEmpty();
        assertThat(alice.searchContacts().search("kiln", 10)).as("kept out of the shared index").isEmpty();
        assertThat(bob.privateNotes().mine(maria.id())).isEmpty();
        assertThat(bob.privateNotes().allMine()).isEmpty();
        assertThat(bob.viewContact().viewContact(maria.id()).toString()).doesNotContain("kiln");
        assertThat(alice.privateNotes().mine(maria.id())).isEqualTo(SECRET);
    }

    @Test
    void contactsJsonHoldsOnlyTheRunnersOwnNote() {
        assertThat(json(bob, "")).contains("\"name\":\"Maria Lopez\"").contains("\"private_note\":null")
                .doesNotContain("kiln");
        assertThat(json(alice, "maria")).contains("\"private_note\":\"" + SECRET + "\"");
    }

    @Test
    void vCardsAndCalendarsHoldNoPrivateNotesNotEvenTheAuthors() throws IOException {
        assertThat(export(bob, "vcard")).contains("Maria Lopez").doesNotContain("kiln");
        assertThat(export(alice, "vcard")).contains("Maria Lopez").doesNotContain("kiln");
        assertThat(export(bob, "ics")).doesNotContain("kiln");
    }

    @Test
    void theYamlBackupIsTheWholeTeamsWithEveryNoteAndItsAuthorAndSaysSo() throws IOException {
        bob.privateNotes().write(maria.id(), "Knows my cousin.");

        String backup = export(bob, "yaml");

        assertThat(backup).startsWith("# This backup holds the whole team's records, private notes included:")
                .contains("author: Alice").contains(SECRET).contains("author: Bob").contains("Knows my cousin.");
    }

    @Test
    void undoingADeletionInBobsSessionBringsBackAlicesNoteWithoutShowingIt() {
        var removed = bob.week().deleteContact().delete(maria.id());
        assertThat(alice.privateNotes().mine(maria.id())).isEmpty();

        bob.week().deleteContact().restore(removed);

        assertThat(alice.privateNotes().mine(maria.id())).isEqualTo(SECRET);
        assertThat(bob.privateNotes().mine(maria.id())).isEmpty();
    }

    /** The command line, on a database restored from a team's backup: one person's output, the team's backup. */
    @Test
    void theCommandsShowMyNoteOnlyAndTheBackupSaysWhoseItIs() throws Exception {
        String me = LocalPerson.displayName(System.getProperty("user.name", "me"));
        Contact ana = Contact.capture(new ContactId(500), "Ana Lima").withVersion(1);
        LocalDateTime at = LocalDateTime.of(2026, 12, 6, 10, 42);
        Backup team = new Backup(List.of(), List.of(), List.of(ana), List.of(), List.of(), List.of(), Optional.empty())
                .withPrivateNotes(List.of(new Backup.AuthoredNote(ana.id(), me, "mine: met at the fair", at),
                        new Backup.AuthoredNote(ana.id(), "Zed Partner", SECRET, at)));
        Path file = dir.resolve("team.yaml");
        try (var writer = Files.newBufferedWriter(file)) {
            new NeedleYaml().writeBackup(team, writer);
        }
        CommandLine cli = NeedleCommand.commandLine(() -> false);
        try {
            assertThat(run(cli, "import", "yaml", file.toString())[0]).contains("Restored");

            String[] json = run(cli, "contacts", "--json");
            assertThat(json[0]).contains("\"private_note\":\"mine: met at the fair\"").doesNotContain("kiln");

            String[] yaml = run(cli, "export", "yaml");
            assertThat(yaml[0]).startsWith("# This backup holds the whole team's records, private notes included:")
                    .contains("author: Zed Partner").contains(SECRET);
            assertThat(yaml[1]).contains("This backup holds the whole team's records, private notes included.");

            String[] vcard = run(cli, "export", "vcard");
            assertThat(vcard[0]).contains("Ana Lima").doesNotContain("kiln").doesNotContain("met at the fair");
            assertThat(vcard[1]).doesNotContain("private notes");
        } finally {
            ((NeedleCommand) cli.getCommand()).close();
        }
    }

    /** Runs one command on the shared in-memory database; stdout and stderr. */
    private static String[] run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = "mem:";
        System.arraycopy(args, 0, all, 2, args.length);
        int code = cli.execute(all);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return new String[] {out.toString(), err.toString()};
    }
}
