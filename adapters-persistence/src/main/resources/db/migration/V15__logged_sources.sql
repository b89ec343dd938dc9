-- What `needle log mail` and `needle log calendar` have already turned into a record, one row per
-- source key: a mail thread on one day with one contact, a calendar entry (UID and recurrence id)
-- with one contact, or a calendar entry imported as an event. Running the same logging twice finds
-- its keys here and adds nothing. There is no foreign key on purpose: an interaction the user
-- deletes stays logged here, so the next run does not bring back what they removed.
CREATE TABLE logged_sources (
    source_key  VARCHAR(1000) NOT NULL PRIMARY KEY,
    record_kind VARCHAR(20)   NOT NULL,
    record_id   BIGINT        NOT NULL,
    logged_on   DATE          NOT NULL
);
