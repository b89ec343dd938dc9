-- What address books know about a contact besides Needle's own fields (issue 17): a UID, the name in
-- its parts, the categories it is filed under, and the kinds and preference of each phone and email.
-- Every existing contact gets a fresh random UID here: a UID must be stable and unique across every
-- address book the contact reaches, which a number local to this store is not.
ALTER TABLE contacts ADD COLUMN uid VARCHAR(500);
UPDATE contacts SET uid = CAST(${needleNewUid} AS VARCHAR(500)) WHERE uid IS NULL;
ALTER TABLE contacts ALTER COLUMN uid SET NOT NULL;
-- Not unique: a UID comes from other programs' cards too, and a clash must not stop an import; Needle
-- matches an incoming card by it before anything else, so a UID seen twice joins its contact instead.
CREATE INDEX contacts_by_uid ON contacts (uid);

ALTER TABLE contacts ADD COLUMN name_prefix VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE contacts ADD COLUMN name_given VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE contacts ADD COLUMN name_middle VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE contacts ADD COLUMN name_family VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE contacts ADD COLUMN name_suffix VARCHAR(100) DEFAULT '' NOT NULL;

-- Labels are kept as triples in one array, in the reach's order: address, kinds (comma-separated
-- vCard tokens, which hold no comma), preference (0 when none).
ALTER TABLE contacts ADD COLUMN categories VARCHAR ARRAY;
ALTER TABLE contacts ADD COLUMN reach_labels VARCHAR ARRAY;
UPDATE contacts SET categories = CAST(ARRAY[] AS VARCHAR ARRAY), reach_labels = CAST(ARRAY[] AS VARCHAR ARRAY);
ALTER TABLE contacts ALTER COLUMN categories SET NOT NULL;
ALTER TABLE contacts ALTER COLUMN reach_labels SET NOT NULL;
