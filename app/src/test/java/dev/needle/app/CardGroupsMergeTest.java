package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apple's address books tie a label to its value by a group ({@code item1.TEL} with
 * {@code item1.X-ABLabel:Mobile-Work}), and every card numbers its groups from item1. Two cards of one
 * person merged into one contact brought two item1 groups: on export the phone's label and the
 * address's label sat in one group, and a phone showed the address's label or the other way round.
 */
class CardGroupsMergeTest {
    /** As an iPhone exports a contact: the mobile number carries a custom label. */
    private static final String FROM_THE_PHONE = """
            BEGIN:VCARD
            VERSION:3.0
            PRODID:-//Apple Inc.//iPhone OS 17.5//EN
            N:Weber;Lena;;;
            FN:Lena Weber
            ORG:Acme GmbH;
            EMAIL;type=INTERNET;type=HOME;type=pref:lena@weber.example
            item1.TEL;type=pref:+49 170 1234567
            item1.X-ABLabel:Mobile-Work
            REV:2019-03-14T09:21:05Z
            END:VCARD
            """;
    /** The same person from a Mac: her address and home page, each in a group of its own, numbered from 1 again. */
    private static final String FROM_THE_MAC = """
            BEGIN:VCARD
            VERSION:3.0
            PRODID:-//Apple Inc.//Mac OS X 10.15.7//EN
            N:Weber;Lena;;;
            FN:Lena Weber
            EMAIL;type=INTERNET;type=HOME;type=pref:lena@weber.example
            item1.ADR;type=HOME;type=pref:;;Lindenstraße 5;Berlin;;10969;Germany
            item1.X-ABLabel:_$!<Home>!$_
            item2.URL;type=pref:https\\://lena.example
            item2.X-ABLabel:_$!<HomePage>!$_
            END:VCARD
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final OneSession cli = new OneSession();

    private int run(String... args) {
        return cli.run(args);
    }


    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text.replace("\n", "\r\n"), StandardCharsets.UTF_8).toString();
    }

    @Test
    void twoPhoneCardsOfOnePersonKeepEachLabelWithItsOwnValue() throws IOException {
        assertThat(run("--db", "mem:", "import", "vcard", file("iphone.vcf", FROM_THE_PHONE))).isZero();
        assertThat(run("--db", "mem:", "import", "vcard", file("mac.vcf", FROM_THE_MAC))).isZero();
        assertThat(cli.out()).startsWith("created 0, merged 1, skipped 0");

        assertThat(run("--db", "mem:", "export", "vcard")).isZero();
        Map<String, Set<String>> groups = groups(cli.out());
        assertThat(groups.values()).containsExactlyInAnyOrder(
                Set.of("TEL;PREF=1:+49 170 1234567", "X-ABLabel:Mobile-Work"),
                Set.of("ADR;TYPE=HOME;PREF=1:;;Lindenstraße 5;Berlin;;10969;Germany", "X-ABLabel:_$!<Home>!$_"),
                Set.of("URL:https://lena.example", "X-ABLabel:_$!<HomePage>!$_"));

        // Each card again: every group is known already, under whatever number it has now.
        assertThat(run("--db", "mem:", "import", "vcard", file("iphone.vcf", FROM_THE_PHONE))).isZero();
        assertThat(cli.out()).startsWith("created 0, merged 0, skipped 0, unchanged 1\n");
        assertThat(run("--db", "mem:", "import", "vcard", file("mac.vcf", FROM_THE_MAC))).isZero();
        assertThat(cli.out()).startsWith("created 0, merged 0, skipped 0, unchanged 1\n");
    }

    /**
     * The same number labelled otherwise in a second card: the contact keeps its first label, as it keeps
     * every value it has, and the second card's label is not written into a group of its own, labelling nothing.
     */
    @Test
    void aSecondLabelForTheSameNumberLeavesNoLabelWithoutAValue() throws IOException {
        String relabelled = FROM_THE_PHONE.replace("item1.X-ABLabel:Mobile-Work", "item1.X-ABLabel:Work")
                .replace("item1.TEL;type=pref:", "item1.TEL:");
        assertThat(run("--db", "mem:", "import", "vcard", file("iphone.vcf", FROM_THE_PHONE))).isZero();
        assertThat(run("--db", "mem:", "import", "vcard", file("relabelled.vcf", relabelled))).isZero();

        assertThat(run("--db", "mem:", "export", "vcard")).isZero();
        assertThat(groups(cli.out()).values())
                .containsExactly(Set.of("TEL;PREF=1:+49 170 1234567", "X-ABLabel:Mobile-Work"));
    }

    /** The lines of each group of the exported cards, without the group's name. */
    private static Map<String, Set<String>> groups(String cards) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (String line : cards.split("\r\n")) {
            int dot = line.indexOf('.');
            int end = line.replaceFirst("[;:].*", "").length();
            if (dot > 0 && dot < end) {
                groups.computeIfAbsent(line.substring(0, dot), g -> new HashSet<>()).add(line.substring(dot + 1));
            }
        }
        return groups;
    }
}
