package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.domain.Contact;
import dev.needle.domain.Whose;
import java.util.List;
import java.util.function.BiPredicate;

/** The lists as the Mine/All switch has them: everyone's, or only the acting person's own. */
final class MineLists {
    private MineLists() {
    }

    /** The contacts the search finds; while the switch says mine, only those one owns, still at most {@code limit}. */
    static List<Contact> search(Session session, String filter, int limit) {
        if (!session.scope().mineOnly()) {
            return session.useCases().searchContacts().search(filter, limit);
        }
        Whose whose = session.useCases().mine().assign().whose();
        // Asked for everyone the search finds, so the first hundreds of names cannot all be someone else's.
        return session.useCases().searchContacts().search(filter, Integer.MAX_VALUE).stream()
                .filter(c -> whose.owns(c.id())).limit(limit).toList();
    }

    /** The rows one has, while the switch says mine; all of them otherwise. */
    static <T> List<T> keep(Session session, List<T> rows, BiPredicate<Whose, T> mine) {
        if (!session.scope().mineOnly()) {
            return rows;
        }
        Whose whose = session.useCases().mine().assign().whose();
        return rows.stream().filter(row -> mine.test(whose, row)).toList();
    }
}
