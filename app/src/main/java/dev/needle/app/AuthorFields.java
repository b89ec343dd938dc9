package dev.needle.app;

import dev.needle.application.port.in.RecordAuthorsUseCase;
import dev.needle.application.port.in.RecordAuthorsUseCase.Authors;
import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.RecordKind;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who did what in {@code --json} (issue 20): {@code added_by}, {@code changed_by} and {@code changed_at}
 * on each record (docs/cli-json.md), read for all of them at once.
 */
final class AuthorFields {
    private AuthorFields() {
    }

    static List<Map<String, Object>> contacts(List<Contact> contacts, RecordAuthorsUseCase authors) {
        return contacts(contacts, authors, Views::contact);
    }

    /** As above, over {@code view}'s fields of each contact (the owner's, say). */
    static List<Map<String, Object>> contacts(List<Contact> contacts, RecordAuthorsUseCase authors,
                                              Function<Contact, Map<String, Object>> view) {
        Map<Long, Authors> named = authors.of(RecordKind.CONTACT, contacts.stream().map(c -> c.id().value()).toList());
        return contacts.stream().map(c -> with(view.apply(c), named.get(c.id().value()))).toList();
    }

    static List<Map<String, Object>> needs(List<Need> needs, RecordAuthorsUseCase authors) {
        Map<Long, Authors> named = authors.of(RecordKind.NEED, needs.stream().map(n -> n.id().value()).toList());
        return needs.stream().map(n -> with(Views.need(n), named.get(n.id().value()))).toList();
    }

    /** The triage's request, when it is stored: who recorded and who decided it too. */
    static Map<String, Object> request(Map<String, Object> view, Long requestId, RecordAuthorsUseCase authors) {
        Authors named = requestId == null ? null : authors.of(RecordKind.MEETING_REQUEST, requestId);
        Map<String, Object> m = with(view, named);
        m.put("decided_by", named == null ? null : named.decidedBy().orElse(null));
        m.put("decided_at", named == null ? null : time(named.decidedAt()));
        return m;
    }

    private static Map<String, Object> with(Map<String, Object> view, Authors named) {
        Map<String, Object> m = new LinkedHashMap<>(view);
        Authors known = named == null ? Authors.UNKNOWN : named;
        m.put("added_by", known.addedBy().orElse(null));
        m.put("changed_by", known.changedBy().orElse(null));
        m.put("changed_at", time(known.changedAt()));
        return m;
    }

    /** Local time to the second, as the acting session's clock read it: "2026-12-06T10:42:00". */
    private static String time(Optional<LocalDateTime> at) {
        return at.map(t -> t.truncatedTo(ChronoUnit.SECONDS).toString()).map(AuthorFields::withSeconds).orElse(null);
    }

    private static String withSeconds(String iso) {
        return iso.length() == 16 ? iso + ":00" : iso; // LocalDateTime leaves ":00" seconds out
    }
}
