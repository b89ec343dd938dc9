package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The subcommands run in-process, on `--db mem:` and on an H2 file in a temporary data folder. */
class SubcommandsTest {
    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;
    private Path backup;

    @BeforeEach
    void fixture() throws IOException {
        backup = tmp.resolve("backup.yaml");
        try (var in = getClass().getResourceAsStream("/fixtures/backup.yaml")) {
            Files.write(backup, in.readAllBytes());
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        NeedleCommand command = new NeedleCommand(() -> false, Map.of(
                "XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString(),
                "TERM", "xterm-256color"));
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        try {
            return cmd.execute(args);
        } finally {
            try {
                command.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs against the H2 file database in the temporary data folder. */
    private int onDisk(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void restoresABackupThenListsAndSearchesContacts() {
        assertThat(onDisk("import", "yaml", backup.toString())).isZero();
        assertThat(out.toString()).contains("Restored 1 direction, 1 need, 3 contacts");

        assertThat(onDisk("contacts")).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(onDisk("contacts", "acme", "--json")).isZero();
        assertThat(out.toString().strip()).startsWith("[{\"id\":10,\"name\":\"Ana Lima\",\"company\":\"Acme Corp\"")
                .contains("\"emails\":[\"ana@example.org\"]", "\"stage\":\"met\"", "\"next_follow_up\":\"2026-12-01\"",
                        "\"version\":3")
                .endsWith("}]");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void dueWithinOneDaySaysOneDay() {
        assertThat(onDisk("due", "--within", "1")).isZero();
        assertThat(out.toString()).contains("Nobody comes due within 1 day.");
    }

    /** Two people of one name losing touch are two lines a reader can tell apart, not one name twice. */
    @Test
    void dueTellsTwoPeopleOfOneNameApartByTheirCompany() throws IOException {
        Path twoSarahs = Files.writeString(tmp.resolve("sarahs.yaml"), """
                needle: backup
                format: 1
                contacts:
                  - id: 10
                    version: 1
                    name: Sarah Costa
                    company: Acme
                    stage: met
                  - id: 11
                    version: 1
                    name: Sarah Costa
                    company: Globex
                    stage: met
                keep-in-touch:
                  - contact: 10
                    every: "2w"
                    since: 2025-01-05
                  - contact: 11
                    every: "2w"
                    since: 2025-01-05
                """);
        assertThat(onDisk("import", "yaml", twoSarahs.toString())).isZero();

        assertThat(onDisk("due")).isZero();

        assertThat(out.toString().lines()).hasSize(2).anySatisfy(line -> assertThat(line).startsWith("Sarah Costa of Acme  "))
                .anySatisfy(line -> assertThat(line).startsWith("Sarah Costa of Globex  "));
    }

    /** Issue 17: what an address book knew about a card shows in the JSON, UID included. */
    @Test
    void contactsJsonShowsTheUidNamePartsCategoriesAndPhoneKinds() throws IOException {
        Path card = Files.writeString(tmp.resolve("ana.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:x-ana-1\r\n"
                + "FN:Ana Lima\r\nN:Lima;Ana;;Dr.;\r\nTEL;TYPE=cell;PREF=1:+1 555 0100\r\n"
                + "CATEGORIES:Climbing friends\r\nEND:VCARD\r\n");
        assertThat(onDisk("import", "vcard", card.toString())).isZero();

        assertThat(onDisk("contacts", "--json")).isZero();

        assertThat(out.toString()).contains("\"uid\":\"x-ana-1\"",
                "\"name_parts\":{\"prefix\":\"Dr.\",\"given\":\"Ana\",\"middle\":\"\",\"family\":\"Lima\",\"suffix\":\"\"}",
                "\"categories\":[\"Climbing friends\"]",
                "\"labels\":[{\"address\":\"+1 555 0100\",\"kinds\":[\"cell\"],\"preference\":1}]");
    }

    @Test
    void restoringIntoADatabaseThatHoldsRecordsIsRefused() {
        assertThat(onDisk("import", "yaml", backup.toString())).isZero();

        assertThat(onDisk("import", "yaml", backup.toString())).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("already holds", "Nothing imported");
    }

    @Test
    void aBackupUsingAnIdTwiceIsRefusedBeforeAnythingIsWritten() throws IOException {
        Files.writeString(backup, Files.readString(backup).replace("id: 12", "id: 11"));

        assertThat(onDisk("import", "yaml", backup.toString())).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("holds contact 11 twice; each id may appear once. Nothing imported.");

        assertThat(onDisk("contacts", "--json")).isZero();
        assertThat(out.toString().strip()).isEqualTo("[]");
        assertThat(onDisk("needs", "--json")).isZero();
        assertThat(out.toString().strip()).isEqualTo("[]");
    }

    @Test
    void aDryRunRestoreChangesNothing() {
        assertThat(onDisk("import", "yaml", "--dry-run", backup.toString())).isZero();
        assertThat(out.toString()).contains("Dry run: would restore", "3 contacts");

        assertThat(onDisk("contacts", "--json")).isZero();
        assertThat(out.toString().strip()).isEqualTo("[]");
    }

    @Test
    void anUnknownKeyStopsTheImportNamingKeyAndLineAndImportsNothing() throws IOException {
        Files.writeString(backup, Files.readString(backup).replace("    rapport: 5", "    rapport: 5\n    mood: great"));

        assertThat(onDisk("import", "yaml", backup.toString())).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("line 27", "unknown key 'mood'", "contacts[0]",
                "nothing imported");

        assertThat(onDisk("contacts", "--json")).isZero();
        assertThat(out.toString().strip()).isEqualTo("[]");
    }

    @Test
    void aMissingFileOrAFolderIsBadInput() {
        assertThat(run("--db", "mem:", "import", "yaml", tmp.resolve("nope.yaml").toString())).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("no such file");
        assertThat(run("--db", "mem:", "import", "yaml", tmp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is a folder");
    }

    @Test
    void importsAPlanAndTheSecondImportChangesNothing() throws IOException {
        Path plan = Files.writeString(tmp.resolve("plan.yaml"), """
                needle: plan
                direction:
                  kind: business
                  statement: Grow the bakery's catering.
                needs:
                  - title: Office managers who order lunch
                    kind: leads
                    targets: [{role: office manager}]
                budget: {weekly-hours: 3, monthly-money: "25.00"}
                """);

        assertThat(onDisk("import", "yaml", plan.toString())).isZero();
        assertThat(out.toString()).contains("direction set", "need 1 added: Office managers who order lunch",
                "budget set");
        assertThat(onDisk("import", "yaml", plan.toString())).isZero();
        assertThat(out.toString()).contains("0 changes");

        assertThat(onDisk("needs", "--json")).isZero();
        assertThat(out.toString()).contains("\"title\":\"Office managers who order lunch\"", "\"kind\":\"leads\"",
                "\"targets\":[{\"kind\":\"role\",\"value\":\"office manager\"}]", "\"priority\":1");
        assertThat(onDisk("needs")).isZero();
        assertThat(out.toString()).startsWith("1. Office managers who order lunch [leads, open] role: office manager");
    }

    @Test
    void aNeedWithNoTargetIsWarnedOfOnImportAndInTheList() throws IOException {
        Path plan = Files.writeString(tmp.resolve("plan.yaml"), """
                needle: plan
                needs:
                  - title: Find a mentor
                    kind: other
                """);

        assertThat(onDisk("import", "yaml", plan.toString())).isZero();
        assertThat(out.toString()).contains("names no company, role or topic, so nobody can match it");
        assertThat(onDisk("needs")).isZero();
        assertThat(out.toString()).startsWith("1. Find a mentor [other, open] no target: nobody can match it");
    }

    @Test
    void triageByEmailPrintsTheVerdict() {
        onDisk("import", "yaml", backup.toString());

        assertThat(onDisk("triage", "ana@example.org")).isZero();
        assertThat(out.toString()).startsWith("Ana Lima: Meet in person").contains("Reasons:", "Cost:", "Message:",
                "Hi Ana");

        assertThat(onDisk("triage", "10", "--json")).isZero();
        assertThat(out.toString()).startsWith("{\"contact\":{").contains("\"recommendation\":\"meet-in-person\"",
                "\"reasons\":[{\"kind\":\"fit\"", "\"cost\":{\"minutes\":");
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndExitsOne() {
        onDisk("import", "yaml", backup.toString());

        assertThat(onDisk("triage", "Ana")).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("fits 2 contacts", "10 Ana Lima", "11 Ana Souza");
        assertThat(onDisk("triage", "Nobody Here")).isEqualTo(1);
        assertThat(err.toString()).contains("no contact matches");
        assertThat(onDisk("triage", "jose nunez")).isZero();
    }

    @Test
    void aNameThatFitsOnePersonAsTypedIsThatPersonWhateverANearSpellingFinds() throws IOException {
        // "needle triage Lisa" answered '"Lisa" fits 2 contacts: 1 Lisa Berg, 2 Tom Lee', for his "listings".
        Path people = Files.writeString(tmp.resolve("people.yaml"), """
                needle: backup
                format: 1
                contacts:
                  - id: 1
                    version: 1
                    name: Lisa Berg
                    stage: met
                  - id: 2
                    version: 1
                    name: Tom Lee
                    stage: met
                    offers: [shop listings]
                """);
        assertThat(onDisk("import", "yaml", people.toString())).as(err.toString()).isZero();

        assertThat(onDisk("triage", "Lisa")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Lisa Berg: ");
    }

    @Test
    void exportsYamlThatRestoresElsewhere() throws IOException {
        onDisk("import", "yaml", backup.toString());
        Path exported = tmp.resolve("out.yaml");

        assertThat(onDisk("export", "yaml", "-o", exported.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run("--db", "mem:", "import", "yaml", exported.toString())).isZero();
        assertThat(out.toString()).contains("3 contacts");
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).contains("name: José Núñez", "version: 3");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(exported))).isEqualTo("rw-------");
    }

    @Test
    void exportTakesItsFileAsImportDoesToo() throws IOException {
        // "needle export vcard contacts.vcf", as "needle import vcard contacts.vcf" reads, answered
        // "unmatched argument at index 2: 'contacts.vcf'".
        onDisk("import", "yaml", backup.toString());
        Path exported = tmp.resolve("contacts.vcf");

        assertThat(onDisk("export", "vcard", exported.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).contains("FN:José Núñez");

        assertThat(onDisk("export", "vcard", exported.toString(), "-o", tmp.resolve("other.vcf").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("two files").doesNotContain("unmatched");
        assertThat(tmp.resolve("other.vcf")).doesNotExist();
    }

    @Test
    void triageTwiceWeighsTheSameRequestAndRecordsNone() {
        onDisk("import", "yaml", backup.toString());

        onDisk("triage", "10", "--json");
        String first = out.toString();
        onDisk("triage", "10", "--json");

        assertThat(out.toString()).contains("\"request_id\":null").isEqualTo(first);
    }

    @Test
    void controlCharactersFromImportedTextNeverReachTheTerminalRaw() throws IOException {
        Files.writeString(backup, Files.readString(backup).replace("name: Ana Souza", "name: \"Ana \\e[31mRed\""));
        onDisk("import", "yaml", backup.toString());

        assertThat(onDisk("contacts", "Red")).isZero();
        assertThat(out.toString()).doesNotContain("\u001b").contains("Ana Red").doesNotContain("[31m");
        assertThat(onDisk("contacts", "Red", "--json")).isZero();
        assertThat(out.toString()).contains("Ana \\u001b[31mRed");
    }

    @Test
    void exportsIcsToStdout() {
        onDisk("import", "yaml", backup.toString());

        assertThat(onDisk("export", "ics")).isZero();
        assertThat(out.toString()).startsWith("BEGIN:VCALENDAR").contains("UID:followup-10@needle",
                "SUMMARY:Follow up with Ana Lima");
    }

    @Test
    void anEventsPrepSheetInTheCalendarIsPlainTextNotMarkdown() throws IOException {
        // Walked by hand: khal showed "# Prep sheet: UX Lyon Meetup \\#42" and "**Dr. Anne-Sophie …**".
        Files.writeString(backup, Files.readString(backup) + "events:\n  - id: 20\n    version: 1\n"
                + "    name: \"Meetup #3 *Berlin*\"\n    date: 2026-01-20\n    place: Factory\n    expected:\n      - 10\n");
        onDisk("import", "yaml", backup.toString());

        assertThat(onDisk("export", "ics")).isZero();

        String description = biweekly.Biweekly.parse(out.toString()).first().getEvents().stream()
                .filter(e -> e.getSummary().getValue().startsWith("Meetup")).findFirst().orElseThrow()
                .getDescription().getValue();
        assertThat(description).startsWith("Prep sheet: Meetup #3 *Berlin*\n\n2026-01-20 · Factory")
                .contains("Ana Lima").doesNotContain("**").doesNotContain("\\#").doesNotContain("## ");
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("contacts", "needs", "triage", "import", "export", "doctor");
    }

    @Test
    void anEmptyDatabaseExportsAnEmptyBackupThatReadsBack() throws IOException {
        assertThat(run("--db", "mem:", "export", "yaml")).isZero();
        assertThat(out.toString()).isEqualTo("needle: backup\nformat: 1\n");

        Path empty = Files.writeString(tmp.resolve("empty.yaml"), out.toString());
        assertThat(run("--db", "mem:", "import", "yaml", empty.toString())).isZero();
        assertThat(out.toString()).contains("Restored 0 directions");
    }

    @Test
    void oneConfigFileCarriesBothTheDatabaseAndTheTriageSections() throws IOException {
        Path config = Files.writeString(tmp.resolve("config.yaml"), "database:\n  user: needle\n"
                + "triage:\n  strong-fit: 70\ntemplates:\n  decline-kindly: Hi {first}, not this month.\n");
        Files.setPosixFilePermissions(config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        assertThat(run("--config", config.toString(), "--db", "mem:", "needs")).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownExportFormatIsAUsageError() {
        assertThat(run("--db", "mem:", "export", "pdf")).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("unknown format \"pdf\"", "ics, vcard, yaml");
    }

    @Test
    void doctorReportsEachCheckAndPassesOnAFreshSetup() throws IOException {
        assertThat(onDisk("doctor")).isZero();
        assertThat(out.toString().lines()).anyMatch(l -> l.startsWith("ok    data folder"))
                .anyMatch(l -> l.startsWith("ok    database"))
                .anyMatch(l -> l.startsWith("warn  terminal"))
                .anyMatch(l -> l.startsWith("ok    TERM          xterm-256color"))
                .anyMatch(l -> l.startsWith("ok    config file"))
                .anyMatch(l -> l.startsWith("ok    log folder"));
    }

    @Test
    void doctorFailsOnABrokenConfigFile() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("config").resolve("needle")).resolve("config.yaml");
        Files.writeString(config, "triage:\n  strong-fit: 70\n  bogus: 1\n");

        assertThat(run("--db", "mem:", "doctor")).isEqualTo(2);
        assertThat(out.toString()).contains("fail  config file", "line 3", "unknown key 'bogus'");
    }

    @Test
    void aValidConfigFileChangesTheTriageMessage() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("config").resolve("needle")).resolve("config.yaml");
        Files.writeString(config, "templates:\n  meet-in-person: Hello {first}, coffee on me.\n");
        onDisk("import", "yaml", backup.toString());

        assertThat(onDisk("triage", "10")).isZero();
        assertThat(out.toString()).contains("Hello Ana, coffee on me.");
    }
}
