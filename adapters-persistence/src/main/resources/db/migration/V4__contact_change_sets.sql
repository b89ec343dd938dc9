-- Contact change sets: a transaction that saves contacts writes the id of its change set into each
-- row as it writes the row, and gives that change set its revision with one insert just before it
-- commits. Version 3 stamped every saved row with the revision at commit instead: a second write of
-- each row and of its index entry, which doubled the work of a large import.
--
-- The one-row counter in contact_revision still hands out the revisions, under its row lock, from the
-- moment a transaction takes one until it commits, so revisions still become visible in order.
CREATE SEQUENCE contact_change_set_ids START WITH 1 INCREMENT BY 1;

CREATE TABLE contact_change_sets (
    id       BIGINT NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
);

CREATE INDEX contact_change_sets_by_revision ON contact_change_sets (revision);

-- A session reads every contact when it starts and follows the counter from there on, so the rows
-- written before this version need no revision of their own: change set 0 holds them all, at the
-- counter's present value.
INSERT INTO contact_change_sets (id, revision) SELECT 0, revision FROM contact_revision;

DROP INDEX contacts_by_revision;
ALTER TABLE contacts DROP COLUMN revision;
ALTER TABLE contacts ADD COLUMN change_set BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX contacts_by_change_set ON contacts (change_set);

-- No query looks addresses up by value (searching is done in memory), and the index cost an insert
-- at a random place in a B-tree for every address an import brings.
DROP INDEX contact_reach_by_address;

-- On H2 the sequence hands out ids from memory, a thousand at a time, instead of recording each one in
-- the file: an import of 100 000 people draws 100 000 ids. A crash skips the unused rest of a thousand,
-- as it would skip any id drawn but not stored. PostgreSQL keeps its default: its cache is per
-- connection, and every command opens a new one.
ALTER SEQUENCE needle_ids CACHE ${needleIdCache};
