-- Private notes (issue 20): a note on a contact that only its author sees, beside the contact's
-- shared notes (contacts.notes), one per contact and author. They live in their own table so that
-- nothing that reads contacts (the search index, exports, vCards, sync) can carry them by accident.
-- A contact's notes go with it when it is deleted; teammates are never removed, so the author's
-- reference always holds. A note is replaced whole (no version column: only its author writes it).
CREATE TABLE private_notes (
    contact_id BIGINT    NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    author_id  BIGINT    NOT NULL REFERENCES teammates (id),
    note_text  VARCHAR   NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (contact_id, author_id)
);

-- "My notes" (needle contacts --json) reads one author's notes.
CREATE INDEX private_notes_by_author ON private_notes (author_id);
