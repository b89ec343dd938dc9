package dev.needle.domain.triage;

import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.Need;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What to bring to an event: your active needs by priority, for each what to ask and the people
 * (expected there first, then anyone you know) who can help.
 */
public record PrepSheet(Event event, List<Item> items) {
    public static final int HELPERS_PER_NEED = 5;

    public PrepSheet {
        items = List.copyOf(items);
    }

    /** One need on the sheet. */
    public record Item(Need need, String question, List<Helper> helpers) {
        public Item {
            helpers = List.copyOf(helpers);
        }
    }

    public static PrepSheet build(Event event, Collection<Need> needs, Collection<Contact> contacts, HelperRanking ranking) {
        List<Item> items = needs.stream()
                .filter(Need::isActive)
                .sorted(Comparator.comparingInt(Need::priority))
                .map(need -> new Item(need, need.question(),
                        ranking.rank(need, contacts, event.expected()).stream().limit(HELPERS_PER_NEED).toList()))
                .toList();
        return new PrepSheet(event, items);
    }
}
