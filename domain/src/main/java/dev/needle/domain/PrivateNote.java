package dev.needle.domain;

import java.time.LocalDateTime;

/**
 * A note on a contact that only its author sees, beside the contact's shared notes: what one partner
 * keeps to themselves ("owes me a favour", "do not mention the merger"). One per contact and author;
 * an empty text is the same as no note.
 */
public record PrivateNote(ContactId contact, TeammateId author, String text, LocalDateTime changedAt) {
    public static final int MAX_TEXT = 20_000;

    public PrivateNote {
        Check.notNull("contact", contact);
        Check.notNull("author", author);
        text = Check.optional("private note", text, MAX_TEXT);
        Check.notNull("changed at", changedAt);
    }

    /** No note by {@code author} on {@code contact}. */
    public static PrivateNote none(ContactId contact, TeammateId author, LocalDateTime at) {
        return new PrivateNote(contact, author, "", at);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    /** The same author's note on another contact (a merge moves it to the contact kept). */
    public PrivateNote on(ContactId other) {
        return new PrivateNote(other, author, text, changedAt);
    }

    /**
     * This note followed by {@code later}'s text, as one note: two notes one author kept on two contacts
     * that turn out to be one person. Blank halves add nothing; the newer time stands.
     */
    public PrivateNote joinedWith(PrivateNote later) {
        String joined = isBlank() ? later.text : later.isBlank() ? text : text + "\n\n" + later.text;
        LocalDateTime at = later.changedAt.isAfter(changedAt) ? later.changedAt : changedAt;
        return new PrivateNote(contact, author, joined, at);
    }
}
