-- Contact revisions: how a session learns which contacts other sessions saved or deleted since it
-- last looked, so its in-memory search index can catch up with one cheap query.
--
-- A one-row counter rather than a sequence: a sequence value is drawn when a row is written, not when
-- it commits, so a long transaction (an import) could commit a revision lower than one a reader has
-- already seen, and the reader would never look back for it. Each transaction that changed contacts
-- increments the counter just before it commits and stamps its rows with the new value; the row lock
-- on the counter is held only from that moment to the commit, so revisions become visible in order.
CREATE TABLE contact_revision (
    id       SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    revision BIGINT   NOT NULL
);

INSERT INTO contact_revision (id, revision) VALUES (1, 0);

-- Rows written before this version carry revision 0: every session loaded them at its start.
ALTER TABLE contacts ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;

CREATE INDEX contacts_by_revision ON contacts (revision);

-- A deleted contact leaves its id and the revision of the delete, so other sessions drop it too.
CREATE TABLE contact_tombstones (
    id       BIGINT NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
);

CREATE INDEX contact_tombstones_by_revision ON contact_tombstones (revision);
