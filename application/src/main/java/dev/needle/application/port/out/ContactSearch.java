package dev.needle.application.port.out;

import dev.needle.domain.Contact;
import java.util.List;

/**
 * Searches contacts: whole words in the name first, then words that begin a detail, then words inside
 * one, by name within each; when that finds few, people the query would find but for a typo follow.
 * The index answers from memory ({@link ContactIndex}); a command that asks once and exits has its
 * own, which reads only what a search needs.
 */
public interface ContactSearch {
    /** Contacts whose details contain every word of {@code query}, at most {@code limit}. */
    List<Contact> search(String query, int limit);
}
