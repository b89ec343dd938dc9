package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The import and export commands run in-process, on `--db mem:` and on an H2 file in a data folder. */
class ImportExportCommandsTest {
    private static final String ANA = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nORG:Acme\r\nEMAIL:ana@acme.example\r\n"
            + "X-SKYPE:ana.ruiz\r\nEND:VCARD\r\n";
    private static final String BO = "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Chen;Bo;;;\r\nEMAIL:bo@initech.example\r\nEND:VCARD\r\n";
    private static final String LINKEDIN = "Notes:\n\"Some emails are missing on purpose.\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,ANA@acme.example,Acme Inc,CTO,05 Oct 2020\n"
            + ",,,,,,\n"
            + "Cy,Diaz,https://www.linkedin.com/in/cy-diaz,,Globex,Engineer,17 Jan 2024\n";

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
        return session.execute(args);
    }

    /** A fresh process each time, as on the command line: the H2 file is opened and closed per run. */
    private int runOnDisk(String... args) throws Exception {
        closeSession();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = run(all);
        closeSession();
        return exit;
    }

    @AfterEach
    void closeSession() throws Exception {
        if (session != null) {
            ((NeedleCommand) session.getCommand()).close();
            session = null;
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importingVCardsPrintsTheReportAndExportingGivesThemBack() throws IOException {
        Path cards = file("people.vcf", ANA + BO);

        assertThat(run("--db", "mem:", "import", "vcard", cards.toString())).isZero();
        assertThat(out.toString()).startsWith("created 2, merged 0, skipped 0");
        assertThat(err.toString()).isEmpty();

        assertThat(run("--db", "mem:", "export", "vcard")).isZero();
        assertThat(out.toString()).contains("FN:Ana Ruiz", "ORG:Acme", "EMAIL:ana@acme.example", "X-SKYPE:ana.ruiz",
                "FN:Bo Chen", "VERSION:4.0");
    }

    @Test
    void aLinkedInImportMergesKnownPeopleAndCountsUnusableRows() throws IOException {
        run("--db", "mem:", "import", "vcard", file("ana.vcf", ANA).toString());

        int exit = run("--db", "mem:", "import", "linkedin", file("Connections.csv", LINKEDIN).toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("created 1, merged 1, skipped 1")
                .contains("merged Connections.csv record 1 (line 5): Ana Ruiz: merged with Ana Ruiz (id ")
                .contains("same email ANA@acme.example")
                .contains("skipped Connections.csv record 2 (line 6): (no name): no name, email or profile URL");
        run("--db", "mem:", "export", "vcard");
        assertThat(out.toString()).contains("TITLE:CTO", "URL:https://www.linkedin.com/in/ana-ruiz", "FN:Cy Diaz")
                .containsOnlyOnce("FN:Ana Ruiz");
    }

    @Test
    void importingTheSameExportAgainSaysTheKnownPeopleAreUnchangedWithoutALineEach() throws IOException {
        // Last week's Connections.csv imported again said "merged 2" and a line for each of them, as if
        // something had changed.
        Path connections = file("Connections.csv", LINKEDIN);
        run("--db", "mem:", "import", "linkedin", connections.toString());

        assertThat(run("--db", "mem:", "import", "linkedin", connections.toString())).isZero();

        assertThat(out.toString()).startsWith("created 0, merged 0, skipped 1, unchanged 2\n")
                .doesNotContain("merged Connections.csv").doesNotContain("unchanged Connections.csv");
    }

    @Test
    void aGoogleContactsExportIsImportedAndMergesWithThePersonLinkedInBrought() throws IOException {
        run("--db", "mem:", "import", "linkedin", file("Connections.csv", LINKEDIN).toString());
        String google = "Name,Given Name,Additional Name,Family Name,Notes,Group Membership,E-mail 1 - Type,"
                + "E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title\n"
                + "Ana Ruiz,Ana,,Ruiz,,* myContacts,* Work,ana@acme.example,Mobile,+34 600 000 000,Acme Inc,CTO\n"
                + "Dee Ng,Dee,,Ng,Met at FOSDEM,* myContacts,,dee@ng.example,,,,\n";

        int exit = run("--db", "mem:", "import", "google", file("contacts.csv", google).toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("created 1, merged 1")
                .contains("merged contacts.csv record 1 (line 2): Ana Ruiz: merged with Ana Ruiz (id ");
        run("--db", "mem:", "export", "vcard");
        assertThat(out.toString()).contains("+34 600 000 000", "FN:Dee Ng", "dee@ng.example").containsOnlyOnce("FN:Ana Ruiz");
    }

    /**
     * A phone's address book holds businesses with no person's name (the plumber, the dentist): Google
     * and Outlook export them with the company alone. Such a row was skipped as having "no name, email
     * or profile URL" when it had a phone, and named after its email when it had one; a vCard of the
     * same entry was named after its company.
     */
    @Test
    void aCompanyWithoutAPersonsNameIsImportedUnderTheCompanysName() throws IOException {
        String google = "First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,"
                + "Phone 1 - Value\n"
                + ",,Acme Plumbing,,,Work,+1 555 0100\n"
                + ",,Globex,* Work,info@globex.example,,\n";
        String outlook = "First Name,Last Name,Company,E-mail Address,Business Phone\n"
                + ",,Initech Dental,,+1 555 0199\n";

        assertThat(run("--db", "mem:", "import", "google", file("contacts.csv", google).toString())).isZero();
        assertThat(out.toString()).startsWith("created 2, merged 0, skipped 0");
        assertThat(run("--db", "mem:", "import", "outlook", file("outlook.csv", outlook).toString())).isZero();
        assertThat(out.toString()).startsWith("created 1, merged 0, skipped 0");
        run("--db", "mem:", "contacts");
        assertThat(out.toString()).contains("Acme Plumbing\tAcme Plumbing", "Globex\tGlobex", "Initech Dental\tInitech Dental")
                .doesNotContain("info@globex.example\tGlobex");
    }

    /**
     * Two rows of one company with no person's name are two mailboxes or two lines (the front desk and
     * billing): the second was merged into the first as "same name and company", its email or phone
     * joining the first row's contact. A company is not a person; only a shared email or phone is.
     */
    @Test
    void twoRowsOfOneCompanyWithoutANameStayTwoContactsAndImportAgainUnchanged() throws IOException {
        String google = "First Name,Middle Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,"
                + "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
                + ",,,Acme GmbH,,* Work,info@acme.example,,\n"
                + ",,,Acme GmbH,,* Work,billing@acme.example,,\n";
        String outlook = "First Name,Last Name,Company,E-mail Address,Business Phone\n"
                + ",,Acme GmbH,,+49 30 1234567\n"
                + ",,Acme GmbH,,+49 30 7654321\n";
        Path googleFile = file("contacts.csv", google);
        Path outlookFile = file("outlook.csv", outlook);

        assertThat(run("--db", "mem:", "import", "google", googleFile.toString())).isZero();
        assertThat(out.toString()).startsWith("created 2, merged 0, skipped 0");
        assertThat(run("--db", "mem:", "import", "outlook", outlookFile.toString())).isZero();
        assertThat(out.toString()).startsWith("created 2, merged 0, skipped 0");
        run("--db", "mem:", "contacts");
        assertThat(out.toString().lines().filter(line -> line.contains("Acme GmbH\tAcme GmbH"))).hasSize(4);
        run("--db", "mem:", "export", "vcard");
        assertThat(out.toString()).contains("info@acme.example", "billing@acme.example", "+49 30 1234567",
                "+49 30 7654321");
        assertThat(out.toString().split("BEGIN:VCARD", -1)).hasSize(5);
        // Nor are they suspected of being one: their name is only the company's.
        assertThat(run("--db", "mem:", "duplicates")).isZero();
        assertThat(out.toString()).isEmpty();

        // The same files again: each row is known by its own email or phone, and nothing is added.
        assertThat(run("--db", "mem:", "import", "google", googleFile.toString())).isZero();
        assertThat(out.toString()).startsWith("created 0, merged 0, skipped 0, unchanged 2\n");
        assertThat(run("--db", "mem:", "import", "outlook", outlookFile.toString())).isZero();
        assertThat(out.toString()).startsWith("created 0, merged 0, skipped 0, unchanged 2\n");
    }

    @Test
    void anOutlookExportIsImportedAndAWrongOneRefusedWithNothingImported() throws IOException {
        String outlook = "First Name,Middle Name,Last Name,Title,Suffix,Web Page,Notes,E-mail Address,E-mail 2 Address,"
                + "Mobile Phone,Business Phone,Company,Job Title\n"
                + "Michael,,Angstadt,Mr.,Jr.,,,mike@angstadt.example,,+1 555 0100,,Acme Ltd,Developer\n";

        assertThat(run("--db", "mem:", "import", "outlook", file("outlook.csv", outlook).toString())).isZero();
        assertThat(out.toString()).startsWith("created 1");
        int refused = run("--db", "mem:", "import", "outlook", file("bad.csv", outlook + "Bo,,Chen\n").toString());

        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("needle: " + dir.resolve("bad.csv")
                + ": line 3 (record 2): 3 cells where the header has 13; nothing was imported\n");
        run("--db", "mem:", "export", "vcard");
        assertThat(out.toString()).contains("FN:Michael Angstadt", "TITLE:Developer").doesNotContain("Chen");
    }

    @Test
    void duplicatesListsThePairsAnImportCouldNotTellApartAsTextAndJson() throws IOException {
        run("--db", "mem:", "import", "linkedin", file("Connections.csv", LINKEDIN).toString());
        String outlook = "First Name,Middle Name,Last Name,E-mail Address,Mobile Phone,Company,Job Title\n"
                + "Ana,María,Ruiz,ana.ruiz@home.example,,Acme,\n";
        run("--db", "mem:", "import", "outlook", file("outlook.csv", outlook).toString());

        assertThat(run("--db", "mem:", "duplicates")).isZero();
        assertThat(out.toString()).matches("\\d+\tAna Ruiz\t\\d+\tAna María Ruiz\tsimilar name at Acme Inc\n");

        assertThat(run("--db", "mem:", "duplicates", "--json")).isZero();
        assertThat(out.toString()).startsWith("[{\"shared\":\"similar-name\",\"reason\":\"similar name at Acme Inc\","
                + "\"contacts\":[{\"id\":").contains("\"name\":\"Ana Ruiz\"", "\"name\":\"Ana María Ruiz\"")
                .endsWith("}]}]\n");
    }

    @Test
    void aNamesakeWithAnotherLinkedInProfileIsCreatedAndTheReportSaysWhoItWasKeptApartFrom() throws IOException {
        String twoJos = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Jo,Smith,https://www.linkedin.com/in/jo-smith,,Globex,Engineer,17 Jan 2024\n"
                + "Jo,Smith,https://www.linkedin.com/in/jo-smith-7b2,,Globex,Designer,18 Jan 2024\n";

        assertThat(run("--db", "mem:", "import", "linkedin", file("Connections.csv", twoJos).toString())).isZero();

        assertThat(out.toString()).isEqualTo("created 2, merged 0, skipped 0\n"
                + "created Connections.csv record 2 (line 3): Jo Smith\n"
                + "  note: kept apart from Jo Smith (record 1 of this import): same name and company, another LinkedIn profile\n");
    }

    @Test
    void aBadFileAmongSeveralImportsNothingAndSaysWhere() throws IOException {
        Path good = file("good.vcf", ANA);
        Path bad = file("bad.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Eve\nNOTE:wrapped\nwithout a space\nEND:VCARD\n");

        int exit = run("--db", "mem:", "import", "vcard", good.toString(), bad.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("bad.vcf: line 5").contains("nothing was imported");
        assertThat(out.toString()).isEmpty();
        run("--db", "mem:", "export", "vcard");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void twentySixNestedAgentCardsAreRefusedOnOneLineNamingTheFileAndLine() throws IOException {
        Path nested = file("a.vcf", "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:x\r\nAGENT:\r\n".repeat(26)
                + "END:VCARD\r\n".repeat(26));
        run("--db", "mem:", "import", "vcard", file("ana.vcf", ANA).toString());

        int exit = run("--db", "mem:", "import", "vcard", nested.toString(), "--dry-run");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("needle: " + nested + ": line 13: a card nested more than 3 deep (AGENT cards"
                + " inside AGENT cards); Needle reads at most 3; nothing was imported\n");
        assertThat(run("--db", "mem:", "import", "vcard", nested.toString())).isEqualTo(1);
        run("--db", "mem:", "export", "vcard");
        assertThat(out.toString()).containsOnlyOnce("BEGIN:VCARD").contains("FN:Ana Ruiz");
    }

    /**
     * A file refused at its first card is told before the database opens: on a new machine no empty
     * database is left behind for a file that imported nothing, and the refusal does not wait for the open.
     */
    @Test
    void aFileRefusedAtItsFirstCardCreatesNoDatabase() throws Exception {
        Path nested = file("a.vcf", "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:x\r\nAGENT:\r\n".repeat(26)
                + "END:VCARD\r\n".repeat(26));

        assertThat(runOnDisk("import", "vcard", nested.toString())).isEqualTo(1);

        assertThat(err.toString()).hasLineCount(1).contains("line 13").endsWith("nothing was imported\n");
        assertThat(dir.resolve("data").resolve("needle.mv.db")).doesNotExist();
    }

    /**
     * A folder's own backup restores into a new folder: the backup names the person who imported
     * (the team, and the people with their own limits), and the new folder's import must not add them twice.
     */
    @Test
    void aFoldersOwnYamlBackupRestoresIntoANewFolder() throws Exception {
        assertThat(runOnDisk("import", "vcard", file("ana.vcf", ANA).toString())).isZero();
        Path backup = dir.resolve("backup.yaml");
        assertThat(runOnDisk("export", "yaml", "-o", backup.toString())).isZero();
        assertThat(Files.readString(backup)).contains("team:").contains("people:");

        closeSession();
        int exit = run("--data-dir", dir.resolve("restored").toString(), "import", "yaml", backup.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Restored 0 directions, 0 needs, 1 contact");
        closeSession();
        assertThat(run("--data-dir", dir.resolve("restored").toString(), "export", "yaml")).isZero();
        assertThat(out.toString()).contains("Ana Ruiz");
    }

    /** Cards enough for several pages of contacts, with text a YAML writer must take care with. */
    private static String manyCards(int count) {
        String[] odd = {"Zoë \"Z\" O'Neil", "राहुल शर्मा", "Ana 🙂 Ruiz", "0042 Leading", "2026-03-18", "null", "Bo: Chen"};
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < count; i++) {
            cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:").append(odd[i % odd.length]).append(' ').append(i)
                    .append("\r\nORG:Acme ").append(i % 13).append("\r\nNOTE:first line\\nsecond line ").append(i)
                    .append("\r\nEMAIL:p").append(i).append("@acme.example\r\nEND:VCARD\r\n");
        }
        return cards.toString();
    }

    /**
     * Thousands of contacts are written while they are read, a page at a time: the file restores into a
     * new folder, whose export is the same file.
     */
    @Test
    void aYamlExportOfThousandsOfContactsRestoresIntoTheSameFile() throws Exception {
        assertThat(runOnDisk("import", "vcard", file("many.vcf", manyCards(2_345)).toString())).isZero();
        Path backup = dir.resolve("backup.yaml");
        assertThat(runOnDisk("export", "yaml", "-o", backup.toString())).isZero();
        assertThat(err.toString()).isEmpty();

        closeSession();
        assertThat(run("--data-dir", dir.resolve("restored").toString(), "import", "yaml", backup.toString())).isZero();
        assertThat(out.toString()).contains("2345 contacts");
        closeSession();
        Path again = dir.resolve("again.yaml");
        assertThat(run("--data-dir", dir.resolve("restored").toString(), "export", "yaml", "-o", again.toString()))
                .isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(backup));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    /** A write that fails (here a full device) is told as the write's failure, not as the database's disk. */
    @Test
    void aYamlExportOntoAFullDeviceFailsWithTheWritesOwnError() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "a system with /dev/full");
        assertThat(runOnDisk("import", "vcard", file("many.vcf", manyCards(1_500)).toString())).isZero();

        assertThat(runOnDisk("export", "yaml", "-o", full.toString())).isEqualTo(NeedleCommand.MACHINE);

        assertThat(err.toString()).isEqualTo("needle export: cannot write /dev/full: No space left on device\n");
    }

    /**
     * `needle export yaml > backup.yaml` on a full disk: standard output is a PrintWriter, which never
     * throws, so the export said nothing and exited 0 with half a backup written.
     */
    @Test
    void aBackupToStandardOutputThatCannotBeWrittenFails() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "a system with /dev/full");
        assertThat(runOnDisk("import", "vcard", file("many.vcf", manyCards(1_500)).toString())).isZero();
        closeSession();

        for (String format : List.of("yaml", "vcard")) {
            session = NeedleCommand.commandLine(() -> false);
            StringWriter said = new StringWriter();
            session.setErr(new PrintWriter(said, true));
            try (PrintWriter device = new PrintWriter(new java.io.OutputStreamWriter(
                    new java.io.FileOutputStream(full.toFile()), StandardCharsets.UTF_8), true)) {
                session.setOut(device);
                int exit = session.execute("--data-dir", dir.resolve("data").toString(), "export", format);

                assertThat(exit).as(format).isEqualTo(NeedleCommand.MACHINE);
                assertThat(said.toString()).as(format).isEqualTo("needle export: cannot write the export to standard"
                        + " output; what it got is incomplete\n");
            }
            closeSession();
        }
    }

    @Test
    void theVCardImportsHelpStatesTheLimits() {
        assertThat(run("import", "vcard", "--help")).isZero();

        assertThat(out.toString().replaceAll("\\s+", " ")).contains("Limits per card: 8 MB, 10000 properties, 4 MB per"
                + " property (unfolded), cards nested 3 deep (AGENT); a file past them is refused by line and nothing is imported.");
    }

    @Test
    void aMissingFileIsBadInputOnOneLine() {
        int exit = run("--db", "mem:", "import", "linkedin", dir.resolve("nope.csv").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("nope.csv: no such file");
    }

    @Test
    void aMistypedFileNameOnANewMachineLeavesNoDatabaseBehind() throws Exception {
        int exit = runOnDisk("import", "vcard", dir.resolve("contcts.vcf").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("contcts.vcf: no such file").contains("nothing was imported");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        assertThat(run("--db", "mem:", "import", "vcard")).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1);
    }

    @Test
    void onDiskImportsPersistAndADryRunOrAFailedImportChangesNothing() throws Exception {
        Path cards = file("people.vcf", ANA);
        Path output = dir.resolve("out.vcf");

        assertThat(runOnDisk("import", "vcard", "--dry-run", cards.toString())).isZero();
        assertThat(out.toString()).startsWith("created 1, merged 0, skipped 0 (dry run: nothing was changed)");
        assertThat(runOnDisk("export", "vcard", "-o", output.toString())).isZero();
        assertThat(Files.readString(output)).isEmpty();

        assertThat(runOnDisk("import", "vcard", cards.toString())).isZero();
        assertThat(runOnDisk("import", "linkedin", file("Connections.csv", LINKEDIN + "Dee,Ng,https://x.example/dee,,,,"
                + "2024-01-17\n").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("line 8 (record 4)").contains("2024-01-17");

        assertThat(runOnDisk("import", "vcard", cards.toString())).isZero();
        assertThat(out.toString()).startsWith("created 0, merged 0, skipped 0, unchanged 1");

        assertThat(runOnDisk("export", "vcard", "-o", output.toString())).isZero();
        String exported = Files.readString(output);
        assertThat(exported.split("BEGIN:VCARD", -1)).hasSize(2);
        assertThat(exported).contains("FN:Ana Ruiz", "X-SKYPE:ana.ruiz").doesNotContain("Cy Diaz");
    }

    @Test
    void exportingIntoAMissingFolderOrOntoAFolderIsAnEnvironmentError() {
        assertThat(run("--db", "mem:", "export", "vcard", "-o", dir.resolve("no/such/out.vcf").toString())).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("no folder");

        assertThat(run("--db", "mem:", "export", "vcard", "-o", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("is a directory");
    }

    @Test
    void exportingThroughALinkReplacesTheFileItPointsAtAndKeepsTheLink() throws IOException {
        Path real = file("real.vcf", "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.vcf"), real);
        run("--db", "mem:", "import", "vcard", file("one.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEND:VCARD\n").toString());

        assertThat(run("export", "vcard", "-o", link.toString())).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("FN:Ana Ruiz");
    }

    /** Written into, never replaced: moving a finished file over a pipe (or /dev/null) would destroy it. */
    @Test
    void exportingIntoANamedPipeWritesIntoThePipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        run("--db", "mem:", "import", "vcard", file("one.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEND:VCARD\n").toString());
        java.util.concurrent.FutureTask<String> reader = new java.util.concurrent.FutureTask<>(() -> Files.readString(fifo));
        Thread pipeReader = new Thread(reader, "pipe-reader");
        pipeReader.setDaemon(true); // if the pipe was replaced, it would wait on it for ever
        pipeReader.start();

        int exit = run("export", "vcard", "-o", fifo.toString());
        String received;
        try {
            received = reader.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException nothingCame) {
            Files.writeString(fifo, ""); // let the reader go, if the pipe is still one
            throw new AssertionError("nothing was written into the pipe; stderr: " + err);
        }

        assertThat(exit).isZero();
        assertThat(received).contains("FN:Ana Ruiz");
        assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void reportLinesNeverCarryControlCharactersFromTheFile() throws IOException {
        Path sneaky = file("sneaky.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEMAIL:ana@acme.example\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Ana \u001b[31mRed\nEMAIL:ana@acme.example\nEND:VCARD\n");

        run("--db", "mem:", "import", "vcard", sneaky.toString());

        assertThat(out.toString()).contains("merged").doesNotContain("\u001b");
    }
}
