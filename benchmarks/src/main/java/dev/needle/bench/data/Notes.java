package dev.needle.bench.data;

import dev.needle.domain.Event;
import java.util.Random;

/**
 * Notes as people write them about a contact: most have none, some a line, a few several lines or a
 * paragraph with commas and semicolons (which vCard and CSV must escape).
 */
final class Notes {
    private Notes() {
    }

    static String about(Random random, Event met) {
        int roll = random.nextInt(100);
        String topic = Vocabulary.pick(Vocabulary.TAGS, random);
        String company = Vocabulary.pick(Vocabulary.COMPANIES, random);
        if (roll < 65) {
            return "";
        }
        if (roll < 85) {
            return "Talked about " + topic + " at " + met.name() + "; wants an intro to " + company + ".";
        }
        if (roll < 95) {
            return "Met at " + met.name() + ", " + Vocabulary.pick(Vocabulary.PLACES, random) + ".\n"
                    + "Interested in " + topic + ", " + Vocabulary.pick(Vocabulary.TAGS, random) + "; knows people at "
                    + company + ".\nSend the slides; ask about \"" + Vocabulary.pick(Vocabulary.ROLES, random)
                    + "\" openings.";
        }
        StringBuilder text = new StringBuilder();
        int sentences = 4 + random.nextInt(8);
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : i % 3 == 0 ? "\n" : " ").append("On ").append(Vocabulary.pick(Vocabulary.TAGS, random))
                    .append(": worked with ").append(Vocabulary.pick(Vocabulary.COMPANIES, random)).append(", then ")
                    .append(Vocabulary.pick(Vocabulary.ROLES, random).toLowerCase(java.util.Locale.ROOT))
                    .append("; prefers mornings, coffee; follow up in ").append(2 + random.nextInt(10)).append(" weeks.");
        }
        return text.toString();
    }
}
