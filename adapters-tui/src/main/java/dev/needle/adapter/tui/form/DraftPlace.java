package dev.needle.adapter.tui.form;

import dev.needle.domain.Draft;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a form or the notes editor is for, so what is typed in it can be kept as a draft when the
 * session ends unsaved and reopened in the same place: {@code kind} names the form, {@code subject}
 * the record ("contact:42"), {@code about} its name for the user, {@code id} the draft it was
 * reopened from (empty for a fresh one, which the session names when it keeps it), and {@code opened}
 * each field's text when the form opened on the record, which a reopening compares with the record then.
 */
public record DraftPlace(String kind, String subject, String about, String id, Map<String, String> opened) {
    /** A form with no place of its own: what was typed is still kept, shown as text to copy. */
    public static final DraftPlace ANY = new DraftPlace("form", "", "", "", Map.of());

    public DraftPlace {
        kind = kind == null ? "" : kind;
        subject = subject == null ? "" : subject;
        about = about == null ? "" : about;
        id = id == null ? "" : id;
        opened = opened == null ? Map.of() : Map.copyOf(opened);
    }

    public static DraftPlace of(String kind, String subject, String about) {
        return new DraftPlace(kind, subject, about, "", Map.of());
    }

    /** The same place, for the draft {@code draftId} reopened in it. */
    public DraftPlace reopened(String draftId) {
        return new DraftPlace(kind, subject, about, draftId, opened);
    }

    /** The same place, noting what each field held as the form opened. */
    public DraftPlace opening(Map<String, String> values) {
        return new DraftPlace(kind, subject, about, id, values);
    }

    /** One field as typed here, with the text it opened with when that is known. */
    public Draft.Entry entry(String key, String label, String value) {
        return new Draft.Entry(key, label, value, Optional.ofNullable(opened.get(key)));
    }

    /** What was typed here, as a draft not yet kept. */
    public Draft draft(String title, List<Draft.Entry> fields, int focus) {
        return new Draft(id.isEmpty() ? Draft.FRESH : id, kind, subject, about, title, fields, focus, Optional.empty());
    }
}
