package dev.needle.adapter.tui.form;

import dev.needle.domain.Draft;
import java.util.List;
import java.util.Optional;

/**
 * What a form or the notes editor is for, so what is typed in it can be kept as a draft when the
 * session ends unsaved and reopened in the same place: {@code kind} names the form, {@code subject}
 * the record ("contact:42"), {@code about} its name for the user, and {@code id} the draft it was
 * reopened from (empty for a fresh one, which the session names when it keeps it).
 */
public record DraftPlace(String kind, String subject, String about, String id) {
    /** A form with no place of its own: what was typed is still kept, shown as text to copy. */
    public static final DraftPlace ANY = new DraftPlace("form", "", "", "");

    public DraftPlace {
        kind = kind == null ? "" : kind;
        subject = subject == null ? "" : subject;
        about = about == null ? "" : about;
        id = id == null ? "" : id;
    }

    public static DraftPlace of(String kind, String subject, String about) {
        return new DraftPlace(kind, subject, about, "");
    }

    /** The same place, for the draft {@code draftId} reopened in it. */
    public DraftPlace reopened(String draftId) {
        return new DraftPlace(kind, subject, about, draftId);
    }

    /** What was typed here, as a draft not yet kept. */
    public Draft draft(String title, List<Draft.Entry> fields, int focus) {
        return new Draft(id.isEmpty() ? Draft.FRESH : id, kind, subject, about, title, fields, focus, Optional.empty());
    }
}
