package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people of one name at one company, only one of them with a LinkedIn profile, each with their
 * own emails: every import keeps them apart, and importing the same file again changes nobody.
 */
class NamesakeImportTest {
    /** As the benchmark's address book has them: the founder with a profile, the product manager without. */
    private static final String TWO_OLIVERS = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Oliver Novak\r\nORG:Acme\r\n"
            + "TITLE:Founder\r\nEMAIL;TYPE=WORK:oliver.novak.c@acme.com\r\n"
            + "URL:https://www.linkedin.com/in/oliver-novak-e3znn7\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Oliver Novak\r\nORG:Acme\r\nTITLE:Product Manager\r\n"
            + "EMAIL;TYPE=WORK:oliver.novak.i@acme.com\r\nEMAIL;TYPE=HOME:oliver.novak.i@mail.ru\r\nEND:VCARD\r\n";

    @TempDir
    Path dir;

    @RegisterExtension
    final OneSession cli = new OneSession();

    private int run(String... args) {
        return cli.run(args);
    }


    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Every contact exported as a card, one string each. */
    private String[] exportedCards() {
        run("--db", "mem:", "export", "vcard");
        return cli.out().split("END:VCARD");
    }

    @Test
    void twoOliversInOneAddressBookStayTwoAndEachKeepsOnlyTheirOwnEmails() throws IOException {
        Path cards = file("contacts.vcf", TWO_OLIVERS);

        assertThat(run("--db", "mem:", "import", "vcard", cards.toString())).isZero();

        assertThat(cli.out()).isEqualTo("created 2, merged 0, skipped 0\n"
                + "created contacts.vcf record 2 (line 9): Oliver Novak\n"
                + "  note: kept apart from Oliver Novak (record 1 of this import): same name and company, "
                + "other emails, and only one of the two has a LinkedIn profile\n");
        String export = String.join("END:VCARD", exportedCards());
        assertThat(export).containsOnlyOnce("oliver.novak.c@acme.com").containsOnlyOnce("oliver.novak.i@acme.com");
        for (String card : exportedCards()) {
            if (card.contains("oliver.novak.c@acme.com")) {
                assertThat(card).contains("TITLE:Founder").doesNotContain("oliver.novak.i@");
            }
        }
    }

    @Test
    void importingTheSameAddressBookAgainMatchesEachOliverToThemselvesAndCreatesNothing() throws IOException {
        Path cards = file("contacts.vcf", TWO_OLIVERS);
        run("--db", "mem:", "import", "vcard", cards.toString());

        assertThat(run("--db", "mem:", "import", "vcard", cards.toString())).isZero();

        // Each Oliver found as himself brings nothing new; one taken for the other would have merged his email in.
        assertThat(cli.out()).isEqualTo("created 0, merged 0, skipped 0, unchanged 2\n");
    }

    @Test
    void aLinkedInConnectionWithOtherEmailsIsKeptApartAndOneWithoutEmailStillMerges() throws IOException {
        run("--db", "mem:", "import", "vcard", file("contacts.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo Smith\r\n"
                + "ORG:Globex\r\nEMAIL:jo.smith.k@globex.example\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Diaz\r\nORG:Globex\r\nEMAIL:cy@globex.example\r\nEND:VCARD\r\n")
                .toString());
        String connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Jo,Smith,https://www.linkedin.com/in/jo-smith-7b2,jo.smith.q@globex.example,Globex,Designer,18 Jan 2024\n"
                + "Cy,Diaz,https://www.linkedin.com/in/cy-diaz,,Globex,Engineer,17 Jan 2024\n";

        assertThat(run("--db", "mem:", "import", "linkedin", file("Connections.csv", connections).toString())).isZero();

        assertThat(cli.out()).startsWith("created 1, merged 1, skipped 0\n")
                .contains("created Connections.csv record 1 (line 2): Jo Smith\n  note: kept apart from Jo Smith (id ")
                .contains("merged Connections.csv record 2 (line 3): Cy Diaz: merged with Cy Diaz (id ")
                .contains("same name and company (Cy Diaz at Globex)");
    }

    @Test
    void aGoogleContactWithOtherEmailsIsKeptApartFromTheNamesakeLinkedInBrought() throws IOException {
        String connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,ana.ruiz.1@acme.example,Acme Inc,CTO,05 Oct 2020\n";
        run("--db", "mem:", "import", "linkedin", file("Connections.csv", connections).toString());
        String google = "Name,Given Name,Additional Name,Family Name,Notes,Group Membership,E-mail 1 - Type,"
                + "E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title\n"
                + "Ana Ruiz,Ana,,Ruiz,,* myContacts,* Work,ana.ruiz.2@acme.example,Acme Inc,Intern\n";

        assertThat(run("--db", "mem:", "import", "google", file("contacts.csv", google).toString())).isZero();

        assertThat(cli.out()).startsWith("created 1, merged 0, skipped 0\n").contains("kept apart from Ana Ruiz (id ");
        assertThat(String.join("", exportedCards())).containsOnlyOnce("ana.ruiz.1@acme.example")
                .containsOnlyOnce("ana.ruiz.2@acme.example");
    }

    /** Kept apart is not hidden: the pair stays one decision away, should the user know them to be one. */
    @Test
    void theOliversKeptApartAreListedAsPossibleDuplicatesForTheUserToDecide() throws IOException {
        run("--db", "mem:", "import", "vcard", file("contacts.vcf", TWO_OLIVERS).toString());

        assertThat(run("--db", "mem:", "duplicates")).isZero();

        assertThat(cli.out()).matches("\\d+\tOliver Novak\t\\d+\tOliver Novak\tsimilar name at Acme\n");
    }
}
