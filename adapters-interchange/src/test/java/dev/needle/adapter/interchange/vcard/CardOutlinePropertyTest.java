package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.InterchangeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The in-place outline must agree with the plain rule it replaced (split into lines, trim, upper-case, compare). */
class CardOutlinePropertyTest {

    /** The former implementation, kept as the statement of the rule. */
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

    @Provide
    Arbitrary<String> vcardish() {
        return Arbitraries.of("BEGIN:VCARD", "END:VCARD", "begin:vcard", " End:VCard\t", "FN:Ana", "N:Ruiz;Ana", "",
                        " ", "\u00A0", "BEGIN:VCARDX", "\r\n", "\r", "\n", "\n\r", "é")
                .list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}
