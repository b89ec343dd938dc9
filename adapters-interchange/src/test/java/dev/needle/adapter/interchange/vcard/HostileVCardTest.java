package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.ImportedPerson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files built to hurt the reader: cards nested inside cards, one card with tens of thousands of
 * properties, lines and cards of many megabytes. Each is refused in one line that names the file,
 * the line and the limit; cards at the limits of what a real address book holds still import.
 */
class HostileVCardTest {
    /** Only a guard against a hang or a runaway: these used to take seconds to minutes, or never end. */
    private static final Duration GUARD = Duration.ofSeconds(20);

    private final VCardFileReader reader = new VCardFileReader();

    private List<ImportedPerson> read(String text) {
        return assertTimeoutPreemptively(GUARD, () -> reader.read("a.vcf", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String nestedAgents(int depth) {
        return "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:x\r\nAGENT:\r\n".repeat(depth) + "END:VCARD\r\n".repeat(depth);
    }

    /** Version 3.0 puts the agent's card in the AGENT value, escaped once more at each level. */
    private static String inlineAgents(int depth) {
        String card = "BEGIN:VCARD\nVERSION:3.0\nFN:x\nEND:VCARD";
        for (int level = 1; level < depth; level++) {
            String escaped = card.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;");
            card = "BEGIN:VCARD\nVERSION:3.0\nFN:x\nAGENT:" + escaped + "\nEND:VCARD";
        }
        return card.replace("\n", "\r\n") + "\r\n";
    }

    private static String cardWith(String lines) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n" + lines + "END:VCARD\r\n";
    }

    @Test
    void twentySixNestedAgentCardsAreRefusedAtTheFirstCardTooDeep() {
        assertThatThrownBy(() -> read(nestedAgents(26))).isInstanceOf(InterchangeException.class)
                .hasMessage("a.vcf: line 13: a card nested more than " + VCardLimits.MAX_NESTING
                        + " deep (AGENT cards inside AGENT cards); Needle reads at most " + VCardLimits.MAX_NESTING);
    }

    @Test
    void twentyThousandNestedAgentCardsAreRefusedTheSameWay() {
        assertThatThrownBy(() -> read(nestedAgents(20_000))).isInstanceOf(InterchangeException.class)
                .hasMessageStartingWith("a.vcf: line 13: a card nested more than");
    }

    @Test
    void agentCardsNestedInsideAgentValuesAreRefusedNamingTheOutermostCard() {
        assertThatThrownBy(() -> read(inlineAgents(12))).isInstanceOf(InterchangeException.class)
                .hasMessageStartingWith("a.vcf: line 1: a card nested more than " + VCardLimits.MAX_NESTING + " deep");
    }

    @Test
    void anAgentCardWithinTheLimitIsKeptAsAForeignField() {
        ImportedPerson dora = read(nestedAgents(VCardLimits.MAX_NESTING)).get(0);

        assertThat(dora.name()).isEqualTo("x");
        assertThat(dora.foreignFields()).singleElement().asString().startsWith("AGENT:BEGIN:VCARD");
        assertThat(read(inlineAgents(VCardLimits.MAX_NESTING)).get(0).foreignFields())
                .singleElement().asString().startsWith("AGENT:BEGIN:VCARD");
    }

    @Test
    void aCardWithFiftyThousandEmailsIsRefusedAtTheFirstPropertyPastTheLimit() {
        String card = cardWith("EMAIL:someone@example.org\r\n".repeat(50_000));

        assertThatThrownBy(() -> read(card)).isInstanceOf(InterchangeException.class)
                .hasMessage("a.vcf: line " + (VCardLimits.MAX_PROPERTIES + 2) + ": the card that starts on line 1 has more than "
                        + "10,000 properties; Needle reads at most 10,000 per card");
    }

    @Test
    void aCardWithAsManyPropertiesAsTheLimitIsReadWhole() {
        String card = cardWith("EMAIL:someone@example.org\r\nX-NOTE-TO-SELF:kept\r\n"
                .repeat((VCardLimits.MAX_PROPERTIES - 3) / 2));

        ImportedPerson ana = read(card).get(0);

        assertThat(ana.emails()).hasSize((VCardLimits.MAX_PROPERTIES - 3) / 2);
        assertThat(ana.foreignFields()).hasSize((VCardLimits.MAX_PROPERTIES - 3) / 2);
    }

    @Test
    void aPropertyLongerThanTheLineLimitIsRefusedNamingItsLine() {
        String folded = "NOTE:" + ("x".repeat(74) + "\r\n ").repeat(VCardLimits.MAX_LINE / 74 + 1) + "end\r\n";

        assertThatThrownBy(() -> read(cardWith("EMAIL:a@example.org\r\n" + folded)))
                .isInstanceOf(InterchangeException.class)
                .hasMessage("a.vcf: line 5: a property longer than 4 MB (after unfolding); Needle reads at most 4 MB per property");
    }

    @Test
    void aCardLargerThanTheCardLimitIsRefusedNamingWhereItStarts() {
        String photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "A".repeat(3_000_000) + "\r\n";
        String cards = cardWith("") + cardWith(photo.repeat(3));

        assertThatThrownBy(() -> read(cards)).isInstanceOf(InterchangeException.class)
                .hasMessage("a.vcf: line 5: the card that starts here is larger than 8 MB; Needle reads at most 8 MB per card");
    }

    @Test
    void aCardWithAPhotoOfHundredsOfKilobytesImports() {
        String photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + ("QUJD".repeat(18) + "\r\n ").repeat(10_000) + "QUJD\r\n";

        ImportedPerson ana = read(cardWith(photo)).get(0);

        assertThat(ana.foreignFields()).singleElement().asString().startsWith("PHOTO");
    }
}
