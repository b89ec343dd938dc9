package dev.needle.application.index;

import dev.needle.application.port.out.ContactSearch;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.NearSpelling;
import dev.needle.domain.SearchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A search for a command that asks once and exits ({@code needle contacts QUERY}, {@code needle query}):
 * it reads only everyone's folded search text ({@link ContactStore#findSearchTexts}), not whole
 * contacts, searches them with the index's own code (same words, near spellings, order and limit as
 * {@link ContactSearchIndex#search}), and reads whole contacts only for the people found. It keeps
 * nothing between searches.
 */
public final class OneOffSearch implements ContactSearch {
    /** Only the folded name: all an empty query orders by. */
    private static final SearchSnapshot.Entries<Contact> BY_NAME = SearchSnapshot.Entries.of(Contact::id, Contact::name,
            entry -> SearchText.fold(entry.name()), Contact[]::new);

    private final ContactStore store;

    public OneOffSearch(ContactStore store) {
        this.store = store;
    }

    @Override
    public List<Contact> search(String query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A search limit cannot be negative: " + limit);
        }
        String folded = SearchText.fold(query);
        if (folded.isEmpty()) {
            // Everyone (up to the limit) is listed whole anyway: one read of whole contacts, ordered as the index would.
            return SnapshotSearch.search(SearchSnapshot.of(BY_NAME, store.findAll()), folded, limit).found();
        }
        List<ContactSearchText> everyone = store.findSearchTexts();
        List<ContactSearchText> found = SnapshotSearch.search(SearchSnapshot.of(SearchSnapshot.SEARCH_TEXTS,
                candidates(everyone, folded, limit)), folded, limit).found();
        return whole(found, everyone.size());
    }

    /**
     * Those of {@code everyone} the search can find, or everyone: a snapshot of only the people whose
     * text holds every word, as the index matches them, answers what a snapshot of everyone answers
     * (they keep their order, the cut at {@code limit} falls in the same place, each one's rank is its
     * own) unless near spellings join in, which happens only when fewer than ten or {@code limit} hold
     * the words; then everyone is searched. Sorting and signing only the few found is the saving.
     */
    private static List<ContactSearchText> candidates(List<ContactSearchText> everyone, String folded, int limit) {
        String[] words = folded.split(" ");
        SearchSnapshot.Words asked = SearchSnapshot.Words.of(words);
        List<ContactSearchText> holding = new ArrayList<>();
        for (ContactSearchText text : everyone) {
            if (asked.heldBy(text.text())) {
                holding.add(text);
            }
        }
        boolean nearSpellingsJoin = holding.size() < Math.min(limit, SnapshotSearch.NEAR_SPELLINGS_BELOW)
                && NearSpelling.worthTrying(words);
        return nearSpellingsJoin ? everyone : holding;
    }

    /**
     * The whole contacts of {@code found}, in its order. When most people were found, one read of
     * everyone costs less than reading them by id; one deleted meanwhile is left out.
     */
    private List<Contact> whole(List<ContactSearchText> found, int everyone) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<ContactId> ids = new ArrayList<>(found.size());
        found.forEach(text -> ids.add(text.id()));
        Map<ContactId, Contact> read = new HashMap<>(found.size() * 4 / 3 + 1);
        (found.size() * 2 > everyone ? store.findAll() : store.findByIds(ids))
                .forEach(contact -> read.put(contact.id(), contact));
        List<Contact> contacts = new ArrayList<>(found.size());
        for (ContactId id : ids) {
            Contact contact = read.get(id);
            if (contact != null) {
                contacts.add(contact);
            }
        }
        return List.copyOf(contacts);
    }
}
