-- Each contact's folded search text (name, company, role, tags, emails, notes, lower case without
-- accents), kept by every write, so a command that searches once reads one short row per person
-- instead of reading every contact's details and folding them (docs/performance.md). A table of its
-- own rather than a column: H2 keeps a row's columns together, and reading a column of contacts reads
-- their whole rows. name_length says where the folded name, which starts the text, ends.
CREATE TABLE contact_search_texts (
    contact_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    name_length INTEGER NOT NULL,
    search_text VARCHAR NOT NULL
);

-- The texts are whole and current for every contact change up to `revision` (the contact revision
-- counter of V3), folded by fold version `fold` (0: none folded yet). A change after it (made by a
-- version of Needle from before this one, which keeps no texts) names its contacts in its change set
-- (V4), and their texts are not trusted. The fold is Java's, so the texts of contacts stored before
-- this version are made by Needle on first use: -1 says none is current yet. A later migration that
-- changes a searched column of contacts must set revision to -1 likewise.
CREATE TABLE contact_search_state (
    id       SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    revision BIGINT   NOT NULL,
    fold     INTEGER  NOT NULL
);

INSERT INTO contact_search_state (id, revision, fold)
SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM contacts) THEN -1 ELSE revision END, 0 FROM contact_revision WHERE id = 1;
