package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.yaml.NeedleYaml;
import dev.needle.application.HostileText;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The shared hostile corpus (names, companies, roles, tags, notes, need titles, an event's name and
 * place, file names) through every command that prints it: nothing a terminal would act on reaches
 * stdout, stderr or a written file, and each value shows cleaned. JSON keeps the data, escaped.
 */
class HostileTextCommandsTest {
    private static final List<String> RAW = HostileText.everyRaw();
    private static final List<String> SHOWN = HostileText.everyShown();
    private static final String EVENT = "Meetup\u001bc\u202e";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private CommandLine session;

    /** One command line kept across runs: with `--db mem:` that is one database for the whole test. */
    private int run(String... args) {
        if (session == null) {
            session = NeedleCommand.commandLine(() -> false);
        }
        out = new StringWriter();
        err = new StringWriter();
        session.setOut(new PrintWriter(out, true));
        session.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = "mem:";
        System.arraycopy(args, 0, all, 2, args.length);
        return session.execute(all);
    }

    @AfterEach
    void closeSession() throws Exception {
        if (session != null) {
            ((NeedleCommand) session.getCommand()).close();
            session = null;
        }
    }

    /** Restores a backup whose every text field carries the corpus, written by Needle's own YAML writer. */
    @BeforeEach
    void restoreTheCorpus() throws IOException {
        List<Contact> contacts = new ArrayList<>();
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < RAW.size(); i++) {
            String text = RAW.get(i);
            String next = RAW.get((i + 1) % RAW.size());
            contacts.add(Contact.capture(new ContactId(100 + i), text).edit().company("Acme " + next).role(text)
                    .reach(new Reach(List.of("p" + i + "@example.org"), List.of(), List.of()))
                    .offers(Set.of(Tag.of(text))).notes(text + "\n" + next).version(1).build()
                    .followUpOn(LocalDate.of(2026, 3, 25)));
            needs.add(Need.open(new NeedId(300 + i), text, NeedKind.INTRODUCTION, List.of(Target.company("Acme")), i + 1)
                    .withVersion(1));
        }
        Event event = new Event(new EventId(900), EVENT, LocalDate.of(2026, 4, 1), EventTime.ALL_DAY, RAW.get(2), RAW.get(3),
                contacts.stream().map(Contact::id).collect(Collectors.toSet()), 1);
        Backup backup = new Backup(List.of(), needs, contacts, List.of(event), List.of(), List.of(), Optional.empty());
        Path file = dir.resolve("hostile.yaml");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new NeedleYaml().writeBackup(backup, writer);
        }
        assertThat(run("import", "yaml", file.toString())).as(err.toString()).isZero();
    }

    @Test
    void contactsPlainShowEachCleanedOnItsOwnLine() {
        assertThat(run("contacts")).isZero();

        HostileText.assertSafe("contacts", out.toString());
        HostileText.assertShown("contacts", out.toString());
        assertThat(out.toString().lines()).as("one line per contact: no field breaks a line").hasSize(RAW.size())
                .allMatch(line -> line.matches("\\d+\t.*"));
    }

    @Test
    void contactsAsJsonEscapeControlsAndBidiControlsAndKeepTheData() {
        assertThat(run("contacts", "--json")).isZero();

        HostileText.assertSafe("contacts --json", out.toString());
        assertThat(out.toString()).contains("\"Ana\\u001bcReset\"", "\"Csi\\u009b2J\\u009b31m Red\"",
                "\"Bidi \\u202egnp.exe\\u202c Ng\"", "\"Nul\\u0000 Byte\"", HostileText.ORDINARY.get(4));
    }

    @Test
    void triagePlainAndJsonNeverPrintAControl() {
        for (int i = 0; i < HostileText.CORPUS.size(); i += 3) {
            String id = Long.toString(100 + i);
            assertThat(run("triage", id)).as(err.toString()).isZero();
            HostileText.assertSafe("triage " + id, out.toString());
            assertThat(out.toString()).startsWith(SHOWN.get(i) + ": ");
            assertThat(run("triage", id, "--json")).isZero();
            HostileText.assertSafe("triage --json " + id, out.toString());
        }
    }

    @Test
    void needsPlainAndJson() {
        assertThat(run("needs")).isZero();
        HostileText.assertSafe("needs", out.toString());
        HostileText.assertShown("needs", out.toString());
        assertThat(out.toString().lines()).hasSize(RAW.size());

        assertThat(run("needs", "--json")).isZero();
        HostileText.assertSafe("needs --json", out.toString());
    }

    @Test
    void thePrepSheetOnStdoutAndInAFile() throws IOException {
        assertThat(run("prep", "900")).as(err.toString()).isZero();
        HostileText.assertSafe("prep", out.toString());
        assertThat(out.toString()).startsWith("# Prep sheet: Meetup\n\n2026-04-01 · " + SHOWN.get(2) + "\n");
        HostileText.assertShown("prep", out.toString());

        Path sheet = dir.resolve("sheet.md");
        assertThat(run("prep", "Meetup", "-o", sheet.toString())).as(err.toString()).isZero();
        HostileText.assertSafe("prep -o", Files.readAllBytes(sheet));
        HostileText.assertShown("prep -o", Files.readString(sheet));
    }

    @Test
    void errorsQuotingWhatWasTypedAreCleanedToo() {
        assertThat(run("prep", "No\u001bc\u202eSuch\u009d0;x\u009c")).isEqualTo(NeedleCommand.BAD_INPUT);
        HostileText.assertSafe("prep's error", err.toString());
        assertThat(err.toString()).contains("NoSuch");

        assertThat(run("contacts", "--bogus\u001bc\u202e")).isNotZero();
        HostileText.assertSafe("a usage error", err.toString());
        assertThat(err.toString()).contains("--bogus");
    }

    @Test
    void theImportReportCleansNamesAndTheFileName() throws IOException {
        StringBuilder cards = new StringBuilder();
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < RAW.size(); i++) {
            // A vCard line cannot hold a raw line break; every other sample goes in as it is.
            String name = RAW.get(i).replace("\r", "");
            // A note or a position the contact lacks makes each record a merge with a line of its own: one
            // that brings nothing new is only counted.
            cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:").append(name).append("\r\nEMAIL:p").append(i)
                    .append("@example.org\r\nNOTE:from the card\r\nEND:VCARD\r\n");
            csv.append('"').append(RAW.get(i).replace("\"", "\"\"")).append("\",Lin,https://www.linkedin.com/in/p")
                    .append(i).append(",p").append(i).append("@example.org,Acme,Connector,05 Oct 2020\n");
        }
        Path vcf = Files.writeString(dir.resolve("cards\u001bc\u202e.vcf"), cards, StandardCharsets.UTF_8);
        Path connections = Files.writeString(dir.resolve("Conn\u009b2Jections.csv"), csv, StandardCharsets.UTF_8);

        // Every card merges into the contact restored with its email: the report names each one.
        assertThat(run("import", "vcard", vcf.toString())).as(err.toString()).isZero();
        HostileText.assertSafe("the vCard import report", out.toString());
        assertThat(out.toString()).contains("merged cards.vcf record 1");
        SHOWN.stream().filter(s -> !s.equals("Over write Cr")).forEach(shown -> assertThat(out.toString()).contains(shown));

        assertThat(run("import", "linkedin", connections.toString())).as(err.toString()).isZero();
        HostileText.assertSafe("the LinkedIn import report", out.toString());
        assertThat(out.toString()).contains("merged Connections.csv record 1");
    }

    @Test
    void exportsToStdoutCarryNoRawControl() {
        for (String format : List.of("yaml", "vcard", "ics")) {
            assertThat(run("export", format)).isZero();
            HostileText.assertSafeWithCrLf("export " + format, out.toString());
        }
    }
}
