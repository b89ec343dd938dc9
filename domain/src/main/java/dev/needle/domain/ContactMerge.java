package dev.needle.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The outcome of folding a second record of the same person into a known contact: empty fields are
 * filled, addresses, tags and foreign fields are united, and nothing the user already wrote is
 * overwritten; each field where the two disagree is listed in {@link #notes} instead.
 */
public record ContactMerge(Contact merged, List<String> notes) {

    public ContactMerge {
        Check.notNull("merged", merged);
        notes = Check.list("notes", notes);
    }

    /** True when the incoming record added nothing the contact did not already hold. */
    public boolean changed(Contact before) {
        return !merged.equals(before);
    }

    static ContactMerge of(Contact known, Contact incoming) {
        List<String> notes = new ArrayList<>();
        Contact.Draft draft = known.edit()
                .company(keep("company", known.company(), incoming.company(), CompanyName::key, notes))
                .role(keep("role", known.role(), incoming.role(), SearchText::fold, notes))
                .notes(keep("notes", known.notes(), incoming.notes(), String::strip, notes))
                .reach(new Reach(union(known.reach().emails(), incoming.reach().emails(), e -> DuplicateKey.email(e).value()),
                        union(known.reach().phones(), incoming.reach().phones(), p -> p.replaceAll("[^+0-9]", "")),
                        union(known.reach().urls(), incoming.reach().urls(), DuplicateKey::normalizedUrl)))
                .offers(unionTags(known.offers(), incoming.offers()))
                .lookingFor(unionTags(known.lookingFor(), incoming.lookingFor()))
                .foreignFields(FieldGroups.united(known.foreignFields(), incoming.foreignFields()))
                .categories(union(known.categories(), incoming.categories(), SearchText::fold))
                .reachLabels(known.reachLabels().plus(incoming.reachLabels()));
        // The UID stays the known contact's: it is how its card is found again.
        // Parts belong to a name: taken only when the name they go with is the one kept.
        if (known.nameParts().isEmpty() && SearchText.fold(known.name()).equals(SearchText.fold(incoming.name()))) {
            draft.nameParts(incoming.nameParts());
        }
        if (known.origin().on().isEmpty() && incoming.origin().on().isPresent()) {
            Origin o = known.origin();
            draft.origin(new Origin(o.event(), o.place(), incoming.origin().on(), o.introducedBy()));
        }
        if (!SearchText.fold(known.name()).equals(SearchText.fold(incoming.name()))) {
            notes.add("kept name \"" + known.name() + "\", the file says \"" + incoming.name() + "\"");
        }
        return new ContactMerge(draft.build(), notes);
    }

    private static String keep(String field, String known, String incoming, Function<String, String> sameness,
                               List<String> notes) {
        if (known.isBlank()) {
            return incoming;
        }
        if (!incoming.isBlank() && !sameness.apply(known).equals(sameness.apply(incoming))) {
            notes.add("kept " + field + " \"" + shorten(known) + "\", the file says \"" + shorten(incoming) + "\"");
        }
        return known;
    }

    /** Known values first, in their order; an incoming value counts as new only if its key is new. */
    private static List<String> union(List<String> known, List<String> incoming, Function<String, String> key) {
        Map<String, String> byKey = new LinkedHashMap<>();
        known.forEach(value -> byKey.putIfAbsent(key.apply(value), value));
        incoming.forEach(value -> byKey.putIfAbsent(key.apply(value), value));
        return List.copyOf(byKey.values());
    }

    private static Set<Tag> unionTags(Set<Tag> known, Set<Tag> incoming) {
        return new LinkedHashSet<>(Tag.union(known, incoming));
    }

    private static String shorten(String text) {
        String oneLine = Check.collapseWhitespace(text.strip());
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
    }
}
