package dev.needle.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What someone was typing in a form or the notes editor when their session ended without a save or a
 * cancel (a hang-up, a closed window, the process stopped): kept so it can be reopened, never lost.
 * {@code kind} names the form ("contact-notes", "log-interaction"), {@code subject} the record it was
 * for ("contact:42", empty for none), {@code about} that record's name as it was then, {@code title}
 * the form's title, and {@code focus} the field the cursor was in. {@code keptAt} is empty until kept.
 */
public record Draft(String id, String kind, String subject, String about, String title, List<Entry> fields, int focus,
                    Optional<LocalDateTime> keptAt) {
    /** The id a draft carries until the session that keeps it gives it its own. */
    public static final String FRESH = "fresh";

    /** Letters, digits and dashes only: an id names a file or a row, never a path. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /**
     * One field as it was typed: its key in the form, the label the user saw, the text, and the text the
     * field held when the form opened on its record ({@code opened}), so a reopening can tell whether another
     * session changed the record meanwhile; empty when not known (a draft kept before Needle noted it).
     */
    public record Entry(String key, String label, String value, Optional<String> opened) {
        public Entry {
            Objects.requireNonNull(key, "key");
            label = label == null ? key : label;
            value = value == null ? "" : value;
            opened = opened == null ? Optional.empty() : opened;
        }
    }

    public Draft {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A draft's id is letters, digits and dashes: " + id);
        }
        kind = kind == null ? "" : kind;
        subject = subject == null ? "" : subject;
        about = about == null ? "" : about;
        title = title == null ? "" : title;
        fields = List.copyOf(fields);
        keptAt = keptAt == null ? Optional.empty() : keptAt;
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The same draft, kept at {@code at}. */
    public Draft keptAt(LocalDateTime at) {
        return new Draft(id, kind, subject, about, title, fields, focus, Optional.of(at));
    }

    /** The same text under another id (a reopened draft keeps the id it was kept under). */
    public Draft withId(String other) {
        return new Draft(other, kind, subject, about, title, fields, focus, keptAt);
    }

    /** The value typed in field {@code key}, empty when the form had no such field. */
    public String value(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(Entry::value).findFirst().orElse("");
    }

    /**
     * Whether field {@code key} of the record, which reads {@code now}, was changed by another session since
     * this draft began: it no longer reads what the field opened with. When that was not noted, any text
     * other than what was typed here counts as a change, so nothing is written over unseen.
     */
    public boolean changedUnder(String key, String now) {
        String current = now == null ? "" : now;
        Optional<Entry> field = fields.stream().filter(f -> f.key().equals(key)).findFirst();
        if (field.isEmpty()) {
            return false;
        }
        return field.get().opened().map(o -> !o.equals(current))
                .orElse(!current.isBlank() && !current.equals(field.get().value()));
    }

    /**
     * Field {@code key}'s text joined with {@code now}, the record's text as another session left it, so
     * neither is lost: when both only added to what the field opened with, their text and then what was
     * added here; otherwise their text, a blank line, and this draft's text whole.
     */
    public String joinedWith(String key, String now) {
        String theirs = now == null ? "" : now;
        String mine = value(key);
        Optional<String> opened = fields.stream().filter(f -> f.key().equals(key)).findFirst().flatMap(Entry::opened);
        if (theirs.isBlank()) {
            return mine;
        }
        if (opened.isPresent() && mine.startsWith(opened.get()) && theirs.startsWith(opened.get())) {
            String added = mine.substring(opened.get().length());
            return added.isBlank() ? theirs : theirs + (added.startsWith("\n") || added.startsWith(" ") ? "" : "\n") + added;
        }
        return theirs + "\n\n" + mine;
    }

    /**
     * Everything typed as plain text, to read or copy: a single field's text as it is, several as
     * "Label: text" lines, blank fields left out.
     */
    public String text() {
        List<Entry> typed = fields.stream().filter(f -> !f.value().isBlank()).toList();
        if (fields.size() == 1) {
            return fields.get(0).value();
        }
        return typed.stream().map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("\n"));
    }

    /** True when the same words were typed in the same fields, whenever and under whatever id. */
    public boolean sameTextAs(Draft other) {
        return other != null && kind.equals(other.kind) && subject.equals(other.subject) && fields.equals(other.fields)
                && focus == other.focus;
    }
}
