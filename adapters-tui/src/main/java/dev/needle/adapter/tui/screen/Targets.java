package dev.needle.adapter.tui.screen;

import dev.needle.domain.InvalidValueException;
import dev.needle.domain.NearSpelling;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes targets and tags as one line of text: "company:Acme, role:designer, ux research"
 * (a target without a kind is a topic), so a form needs only one field for them.
 */
final class Targets {
    private Targets() {
    }

    /**
     * Targets split at commas or semicolons ({@code needle needs} prints them with semicolons); a kind
     * typed a letter or two wrong ("comapny:") is refused rather than read as a topic nobody matches.
     */
    static List<Target> parse(String text) {
        List<Target> targets = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            String item = withoutJoiningWord(part);
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            TargetKind kind = TargetKind.TOPIC;
            if (colon > 0) {
                String prefix = item.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = item.substring(colon + 1).strip();
                for (TargetKind k : TargetKind.values()) {
                    if (k.label().equals(prefix)) {
                        kind = k;
                        item = value;
                    } else if (!k.label().startsWith(prefix) && NearSpelling.matches(k.label(), new String[] {prefix})) {
                        throw new InvalidValueException("targets", "\"" + item.substring(0, colon).strip()
                                + "\" is not a kind of target; did you mean " + k.label() + ":" + value + "?");
                    }
                }
            }
            targets.add(new Target(kind, item));
        }
        return targets;
    }

    static String format(List<Target> targets) {
        return String.join(", ", targets.stream().map(t -> t.kind() == TargetKind.TOPIC ? t.value()
                : t.kind().label() + ":" + t.value()).toList());
    }

    static Set<Tag> tags(String text) {
        Set<Tag> tags = new LinkedHashSet<>();
        for (String part : text.split("[,;]")) {
            String item = withoutJoiningWord(part);
            if (!item.isEmpty()) {
                tags.add(Tag.of(item));
            }
        }
        return tags;
    }

    /**
     * One item of a list typed as people write one ("A, B, and C" or "A, B or C"): the "and" or "or"
     * before the last item joins the list and is no part of the item, which would otherwise be quoted
     * back as "and C" in a sentence between the others.
     */
    private static String withoutJoiningWord(String part) {
        return part.strip().replaceFirst("(?i)^(and|or|&)\\s+", "").strip();
    }

    /** The tags as typed, in their order whatever the case (as messages quote them): "intro to Sonae legal, Porto startups". */
    static String tagText(Set<Tag> tags) {
        return String.join(", ", tags.stream().sorted().map(Tag::value).toList());
    }

    /** A contact's tags as they were typed, first things first: "sourdough baking, kubernetes, accounting". */
    static String typedText(Set<Tag> tags) {
        return String.join(", ", tags.stream().map(Tag::value).toList());
    }
}
