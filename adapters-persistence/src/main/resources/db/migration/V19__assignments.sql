-- Who owns a contact, does its follow-up or goes to a meeting (issue 20), one row per duty and record.
-- A record without a row falls back: a contact to the founder (the lowest teammate id), a follow-up
-- or a meeting to the contact's owner. So a database that was one person's needs no row at all, and
-- new contacts get one only when someone other than the founder adds them.
-- record_id names a contact (owner, follow-up) or a meeting request (meeting), so it has no foreign
-- key; ids are never reused, and keeping the row when a contact is deleted lets undo bring them back
-- with their owner.
CREATE TABLE assignments (
    duty        VARCHAR(12) NOT NULL,
    record_id   BIGINT      NOT NULL,
    teammate_id BIGINT      NOT NULL REFERENCES teammates (id),
    PRIMARY KEY (duty, record_id)
);
