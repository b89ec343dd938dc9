package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import java.util.List;

/**
 * Finds contacts whose name, company, role, tags, emails or notes contain every word of the query
 * (case and accents ignored), ordered by name; an empty query lists everyone. At most {@code limit}.
 */
public interface SearchContactsUseCase {
    List<Contact> search(String query, int limit);
}
