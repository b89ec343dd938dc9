package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A card's REV says when it was last revised; a phone or vdirsyncer that holds its own copy keeps the
 * newer one. {@code needle export vcard} wrote the REV a card was imported with even after Needle had
 * changed the person, so the changed card claimed to be as old as the one it should replace.
 */
class ExportRevisionTest {
    private static final String CARDS = """
            BEGIN:VCARD
            VERSION:3.0
            PRODID:-//Apple Inc.//iPhone OS 12.1//EN
            N:Weber;Lena;;;
            FN:Lena Weber
            EMAIL;type=INTERNET;type=WORK:lena@acme.example
            REV:2019-03-14T09:21:05Z
            UID:6B29FC40-CA47-1067-B31D-00DD010662DA
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            N:Chen;Bo;;;
            FN:Bo Chen
            EMAIL:bo@initech.example
            REV:20200102T030405Z
            END:VCARD
            """;
    private static final DateTimeFormatter REV_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

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
    void aContactChangedInNeedleIsExportedWithTheRevOfThatChangeAndAnUnchangedOneWithItsOwn() throws IOException {
        assertThat(run("--db", "mem:", "import", "vcard", file("iphone.vcf", CARDS))).isZero();
        assertThat(run("--db", "mem:", "export", "vcard")).isZero();
        String bosRev = revOf(cli.out(), "Bo Chen");
        assertThat(revOf(cli.out(), "Lena Weber")).isEqualTo("REV:20190314T092105Z");
        assertThat(bosRev).isEqualTo("REV:20200102T030405Z");

        // Google's CSV brings Lena's mobile number: Needle changes her contact now.
        String google = "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
                + "Lena,Weber,* Work,lena@acme.example,Mobile,+49 170 1234567\n";
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(run("--db", "mem:", "import", "google", file("contacts.csv", google))).isZero();
        Instant after = Instant.now();
        assertThat(cli.out()).startsWith("created 0, merged 1");

        assertThat(run("--db", "mem:", "export", "vcard")).isZero();
        String lenasRev = revOf(cli.out(), "Lena Weber");
        assertThat(lenasRev).startsWith("REV:");
        Instant revised = Instant.from(REV_TIME.parse(lenasRev.substring("REV:".length())));
        assertThat(revised).isBetween(before, after);
        assertThat(revOf(cli.out(), "Bo Chen")).isEqualTo(bosRev);
        assertThat(cli.out()).containsOnlyOnce("REV:" + REV_TIME.format(revised)).doesNotContain("2019");
    }

    /** The card's REV line, or a line saying it has none or several. */
    private static String revOf(String cards, String name) {
        Matcher card = Pattern.compile("BEGIN:VCARD\r\n(?:(?!END:VCARD).*\r\n)*?FN:" + name + "\r\n(?:(?!END:VCARD).*\r\n)*END:VCARD")
                .matcher(cards);
        assertThat(card.find()).as("the card of %s", name).isTrue();
        Matcher rev = Pattern.compile("(?m)^REV[;:].*$").matcher(card.group().replace("\r\n", "\n"));
        String found = rev.find() ? rev.group() : "no REV";
        return rev.find() ? "several REVs" : found;
    }
}
