-- A contact's addresses, tags and foreign fields move from child tables into array columns of its own
-- row. In child tables every address cost a row, a primary-key entry and a foreign-key check, each
-- written again when the transaction committed: an import of 100 000 people wrote twice as many
-- B-tree entries as it had people. An array keeps its order and any character, which is why these
-- were never one delimited column.
ALTER TABLE contacts ADD COLUMN emails VARCHAR ARRAY;
ALTER TABLE contacts ADD COLUMN phones VARCHAR ARRAY;
ALTER TABLE contacts ADD COLUMN urls VARCHAR ARRAY;
ALTER TABLE contacts ADD COLUMN offers VARCHAR ARRAY;
ALTER TABLE contacts ADD COLUMN looking_for VARCHAR ARRAY;
ALTER TABLE contacts ADD COLUMN foreign_fields VARCHAR ARRAY;

UPDATE contacts SET
    emails = (SELECT ARRAY_AGG(r.address ORDER BY r.ordinal) FROM contact_reach r
              WHERE r.contact_id = contacts.id AND r.medium = 'EMAIL'),
    phones = (SELECT ARRAY_AGG(r.address ORDER BY r.ordinal) FROM contact_reach r
              WHERE r.contact_id = contacts.id AND r.medium = 'PHONE'),
    urls = (SELECT ARRAY_AGG(r.address ORDER BY r.ordinal) FROM contact_reach r
            WHERE r.contact_id = contacts.id AND r.medium = 'URL'),
    offers = (SELECT ARRAY_AGG(t.tag ORDER BY t.tag) FROM contact_tags t
              WHERE t.contact_id = contacts.id AND t.side = 'OFFERS'),
    looking_for = (SELECT ARRAY_AGG(t.tag ORDER BY t.tag) FROM contact_tags t
                   WHERE t.contact_id = contacts.id AND t.side = 'LOOKING_FOR'),
    foreign_fields = (SELECT ARRAY_AGG(f.field ORDER BY f.ordinal) FROM contact_foreign_fields f
                      WHERE f.contact_id = contacts.id);

-- An empty list is an empty array, never NULL: the store has one way to read each column.
UPDATE contacts SET emails = CAST(ARRAY[] AS VARCHAR ARRAY) WHERE emails IS NULL;
UPDATE contacts SET phones = CAST(ARRAY[] AS VARCHAR ARRAY) WHERE phones IS NULL;
UPDATE contacts SET urls = CAST(ARRAY[] AS VARCHAR ARRAY) WHERE urls IS NULL;
UPDATE contacts SET offers = CAST(ARRAY[] AS VARCHAR ARRAY) WHERE offers IS NULL;
UPDATE contacts SET looking_for = CAST(ARRAY[] AS VARCHAR ARRAY) WHERE looking_for IS NULL;
UPDATE contacts SET foreign_fields = CAST(ARRAY[] AS VARCHAR ARRAY) WHERE foreign_fields IS NULL;

ALTER TABLE contacts ALTER COLUMN emails SET NOT NULL;
ALTER TABLE contacts ALTER COLUMN phones SET NOT NULL;
ALTER TABLE contacts ALTER COLUMN urls SET NOT NULL;
ALTER TABLE contacts ALTER COLUMN offers SET NOT NULL;
ALTER TABLE contacts ALTER COLUMN looking_for SET NOT NULL;
ALTER TABLE contacts ALTER COLUMN foreign_fields SET NOT NULL;

DROP TABLE contact_reach;
DROP TABLE contact_tags;
DROP TABLE contact_foreign_fields;
