-- Contact change sets: a transaction that saves contacts records, in one row inserted just before it
-- commits, the revision it takes and the ids of the contacts it saved, as ascending ranges (first,
-- last, first, last, ...). Version 3 stamped every saved row with the revision at commit instead: a
-- second write of each row and of its index entry, which doubled the work of a large import. An
-- import's new contacts have ids drawn in blocks, so its ranges are few.
--
-- The one-row counter in contact_revision still hands out the revisions, under its row lock, from the
-- moment a transaction takes one until it commits, so revisions still become visible in order.
CREATE TABLE contact_change_sets (
    revision  BIGINT       NOT NULL PRIMARY KEY,
    id_ranges BIGINT ARRAY NOT NULL
);

-- A session reads every contact when it starts and follows the counter from there on, so the rows
-- written before this version need no change set.
DROP INDEX contacts_by_revision;
ALTER TABLE contacts DROP COLUMN revision;

-- No query looks addresses up by value (searching is done in memory), and the index cost an insert
-- at a random place in a B-tree for every address an import brings.
DROP INDEX contact_reach_by_address;

-- On H2 the sequence hands out ids from memory, a thousand at a time, instead of recording each one in
-- the file: an import of 100 000 people draws 100 000 ids. A crash skips the unused rest of a thousand,
-- as it would skip any id drawn but not stored. PostgreSQL keeps its default: its cache is per
-- connection, and every command opens a new one.
ALTER SEQUENCE needle_ids CACHE ${needleIdCache};
