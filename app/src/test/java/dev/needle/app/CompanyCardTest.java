package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A card for a company and no person, as Google and Outlook export one: only its ORG (and FN) say who it
 * is. Exported, it must stay a company card, not become a person named "Acme" with the family name
 * "GmbH" in the user's address book.
 */
class CompanyCardTest {
    private static final String COMPANY_ONLY = """
            BEGIN:VCARD
            VERSION:3.0
            FN:Acme GmbH
            ORG:Acme GmbH
            EMAIL;TYPE=INTERNET:info@acme.example
            END:VCARD
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final OneSession cli = new OneSession();

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text.replace("\n", "\r\n"), StandardCharsets.UTF_8).toString();
    }

    private static String line(String card, String property) {
        return Arrays.stream(card.split("\r\n")).filter(l -> l.startsWith(property + ":") || l.startsWith(property + ";"))
                .findFirst().orElse("(no " + property + " line)");
    }

    @Test
    void aCompanyCardIsExportedWithAnEmptyNameAndItsOrgAndReadsBackUnchanged() throws IOException {
        assertThat(cli.run("--db", "mem:", "import", "vcard", file("google.vcf", COMPANY_ONLY))).isZero();

        assertThat(cli.run("--db", "mem:", "export", "vcard")).isZero();
        String exported = cli.out();
        assertThat(line(exported, "N")).isEqualTo("N:;;;;");
        assertThat(line(exported, "ORG")).isEqualTo("ORG:Acme GmbH");
        assertThat(line(exported, "FN")).isEqualTo("FN:Acme GmbH");

        assertThat(cli.run("--db", "mem:", "import", "vcard", file("again.vcf", exported.replace("\r\n", "\n")))).isZero();
        assertThat(cli.out()).startsWith("created 0, merged 0, skipped 0, unchanged 1\n");
        assertThat(cli.run("--db", "mem:", "export", "vcard")).isZero();
        assertThat(cli.out()).isEqualTo(exported);
    }
}
