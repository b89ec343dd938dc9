package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.InterchangeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The in-place outline must agree with the plain rule it replaced (split into lines, trim, upper-case,
 * compare), with the nesting limit added since: a card nested deeper is refused at the line that does it.
 */
class CardOutlinePropertyTest {

    /** The former implementation, kept as the statement of the rule, plus the nesting limit. */
    private static List<Integer> byLines(String name, String text) {
        List<Integer> starts = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int depth = 0;
        int openedAt = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().toUpperCase(Locale.ROOT);
            int number = i + 1;
            if (line.equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    starts.add(number);
                    openedAt = number;
                }
                depth++;
                if (depth > VCardLimits.MAX_NESTING) {
                    throw new InterchangeException(name + ": line " + number + ": a card nested more than "
                            + VCardLimits.MAX_NESTING + " deep (AGENT cards inside AGENT cards); Needle reads at most "
                            + VCardLimits.MAX_NESTING);
                }
            } else if (line.equals("END:VCARD")) {
                if (depth == 0) {
                    throw new InterchangeException(name + ": line " + number + ": END:VCARD without a BEGIN:VCARD");
                }
                depth--;
            } else if (depth == 0 && !line.isEmpty()) {
                throw new InterchangeException(name + ": line " + number + ": text outside any BEGIN:VCARD ... END:VCARD");
            }
        }
        if (depth > 0) {
            throw new InterchangeException(name + ": line " + openedAt + ": this card has no END:VCARD (file cut short?)");
        }
        return starts;
    }

    private static String outcome(java.util.function.Supplier<List<Integer>> run) {
        try {
            return run.get().toString();
        } catch (InterchangeException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    @Property(tries = 3000)
    void agreesWithTheLineByLineRule(@ForAll("vcardish") String text) {
        assertThat(outcome(() -> CardOutline.startLines("x.vcf", text))).isEqualTo(outcome(() -> byLines("x.vcf", text)));
    }

    /** Found by the property: four cards opened and none ended is refused for its depth, on line 4. */
    @Example
    void fourOpenedCardsAndNoEndAreRefusedForTheirDepth() {
        String text = "BEGIN:VCARD\nBEGIN:VCARD\nbegin:vcard\nBEGIN:VCARD\n";
        assertThat(outcome(() -> CardOutline.startLines("x.vcf", text))).isEqualTo(outcome(() -> byLines("x.vcf", text)))
                .contains("line 4: a card nested more than 3 deep");
    }

    @Provide
    Arbitrary<String> vcardish() {
        return Arbitraries.of("BEGIN:VCARD", "END:VCARD", "begin:vcard", " End:VCard\t", "FN:Ana", "N:Ruiz;Ana", "",
                        " ", "\u00A0", "BEGIN:VCARDX", "\r\n", "\r", "\n", "\n\r", "é")
                .list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}
