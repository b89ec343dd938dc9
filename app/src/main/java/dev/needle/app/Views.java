package dev.needle.app;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Need;
import dev.needle.domain.PersonName;
import dev.needle.domain.ReachLabel;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import dev.needle.domain.triage.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shapes the {@code --json} output promises (docs/cli-json.md), one method per record kind. */
final class Views {
    private Views() {
    }

    static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("name", c.name());
        m.put("company", c.company());
        m.put("role", c.role());
        m.put("emails", c.reach().emails());
        m.put("phones", c.reach().phones());
        m.put("urls", c.reach().urls());
        m.put("offers", tags(c.offers()));
        m.put("looking_for", tags(c.lookingFor()));
        m.put("rapport", c.rapport().score());
        m.put("stage", word(c.stage()));
        m.put("next_follow_up", c.nextFollowUp().map(Object::toString).orElse(null));
        m.put("uid", c.uid());
        m.put("name_parts", nameParts(c.nameParts()));
        m.put("categories", c.categories());
        m.put("labels", labels(c));
        m.put("version", c.version());
        return m;
    }

    /**
     * A contact with the private note of whoever runs the command ({@code null} when they have none):
     * never anyone else's, as the note is looked up for the acting person only.
     */
    static Map<String, Object> contact(Contact c, Map<ContactId, String> myNotes) {
        Map<String, Object> m = contact(c);
        m.put("private_note", myNotes.get(c.id()));
        return m;
    }

    /** The name's parts as an address book gave them, or null when none did. */
    private static Map<String, Object> nameParts(PersonName n) {
        if (n.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prefix", n.prefix());
        m.put("given", n.given());
        m.put("middle", n.middle());
        m.put("family", n.family());
        m.put("suffix", n.suffix());
        return m;
    }

    /** One entry per labelled phone or email still in the contact's reach, in the reach's order. */
    private static List<Map<String, Object>> labels(Contact c) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (String address : c.reach().emails()) {
            label(all, address, c.reachLabels().of(address));
        }
        for (String address : c.reach().phones()) {
            label(all, address, c.reachLabels().of(address));
        }
        return all;
    }

    private static void label(List<Map<String, Object>> all, String address, ReachLabel label) {
        if (label.isEmpty()) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", address);
        m.put("kinds", label.types());
        m.put("preference", label.preference());
        all.add(m);
    }

    static Map<String, Object> need(Need n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id().value());
        m.put("priority", n.priority());
        m.put("title", n.title());
        m.put("kind", word(n.kind()));
        m.put("status", word(n.status()));
        m.put("targets", n.targets().stream().map(Views::target).toList());
        m.put("met_by", n.metBy().map(id -> (Object) id.value()).orElse(null));
        m.put("met_on", n.metOn().map(Object::toString).orElse(null));
        m.put("notes", n.notes());
        m.put("version", n.version());
        return m;
    }

    static Map<String, Object> verdict(Contact contact, Long requestId, Verdict v) {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("minutes", v.cost().minutes());
        cost.put("travel_minutes", v.cost().travelMinutes());
        cost.put("money", v.cost().money().toString());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contact", Map.of("id", contact.id().value(), "name", contact.name()));
        m.put("request_id", requestId);
        m.put("recommendation", word(v.recommendation()));
        m.put("headline", v.headline());
        m.put("fit", v.fit());
        m.put("reasons", v.reasons().stream().map(r -> {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("kind", word(r.kind()));
            reason.put("text", r.text());
            return reason;
        }).toList());
        m.put("cost", cost);
        m.put("channel", v.channel().map(Views::word).orElse(null));
        m.put("message", v.suggestedMessage());
        return m;
    }

    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Object> target(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", word(t.kind()));
        m.put("value", t.value());
        return m;
    }

    private static List<String> tags(java.util.Set<Tag> tags) {
        return tags.stream().map(Tag::value).toList(); // as typed, first things first
    }
}
