-- Two-way sync with a vdir (needle sync vdir DIR): what the last run left for each contact, per folder.
-- No foreign key to contacts on purpose: a row whose contact is gone is how the next run learns the
-- contact was deleted in Needle, and deletes its card. etag is a SHA-256 of the card file's bytes;
-- contact_version is the contact's version after the run; base is the card as both sides held it then,
-- what the next run compares each side with to see which fields changed.
CREATE TABLE vdir_sync_state (
    folder          VARCHAR NOT NULL,
    contact_id      BIGINT  NOT NULL,
    href            VARCHAR NOT NULL,
    etag            VARCHAR NOT NULL,
    contact_version BIGINT  NOT NULL,
    uid             VARCHAR NOT NULL,
    base            VARCHAR NOT NULL,
    PRIMARY KEY (folder, contact_id)
);
