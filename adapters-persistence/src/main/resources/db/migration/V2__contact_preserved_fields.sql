-- Foreign fields: what another program knew about a contact and Needle has no column for (a vCard's
-- X-SKYPE line, a birthday, a photo reference), kept verbatim so an export back loses nothing.
-- Child rows rather than one delimited column, for the same reason as contact_reach: the text may
-- hold any character, so no separator is safe. Ordinal keeps the file's order.
CREATE TABLE contact_foreign_fields (
    contact_id BIGINT  NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    field      VARCHAR NOT NULL,
    PRIMARY KEY (contact_id, ordinal)
);
