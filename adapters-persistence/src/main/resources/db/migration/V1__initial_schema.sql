-- Needle schema, version 1. One script for H2 2.5 and PostgreSQL 14+, so it uses only what both
-- understand: BIGINT, INTEGER, SMALLINT, DATE, TIMESTAMP (no time zone: the domain keeps local
-- dates and times), VARCHAR, sequences, foreign keys with ON DELETE CASCADE.
--
-- Text columns are VARCHAR without a length on purpose: the domain already limits every field in
-- Unicode code points, while H2 would count UTF-16 units, so a bound here could refuse an emoji-rich
-- value the domain accepted. Identifiers avoid words H2 reserves (VALUE, KEY, DAY, ROW, USER).
--
-- Foreign keys cascade from an owner to what it owns: a contact's addresses and tags, a need's
-- targets, and the interactions and meeting requests a contact's deletion removes (so a session
-- deleting a contact while another logs an interaction never leaves an orphan). Other references
-- (the contact that met a need, an event's expected attendees, the needs an interaction advanced)
-- carry no foreign key: they are history, and must neither block a delete nor vanish with it.
--
-- Every table a user can edit has a version column: saves update only the version they read
-- (optimistic locking), so two sessions never silently overwrite each other.

-- Ids for every kind of record, from one sequence so two processes never hand out the same id.
CREATE SEQUENCE needle_ids START WITH 1 INCREMENT BY 1;

CREATE TABLE directions (
    id          BIGINT      NOT NULL PRIMARY KEY,
    kind        VARCHAR(20) NOT NULL,
    statement   VARCHAR     NOT NULL,
    since       DATE        NOT NULL,
    archived_on DATE,
    version     BIGINT      NOT NULL
);

CREATE TABLE direction_offers (
    direction_id BIGINT  NOT NULL REFERENCES directions (id) ON DELETE CASCADE,
    tag          VARCHAR NOT NULL,
    PRIMARY KEY (direction_id, tag)
);

CREATE TABLE needs (
    id       BIGINT      NOT NULL PRIMARY KEY,
    title    VARCHAR     NOT NULL,
    kind     VARCHAR(30) NOT NULL,
    priority INTEGER     NOT NULL,
    status   VARCHAR(20) NOT NULL,
    met_by   BIGINT,
    met_on   DATE,
    notes    VARCHAR     NOT NULL,
    version  BIGINT      NOT NULL
);

-- A need's targets are an ordered list: the first one is the subject of the question to ask.
CREATE TABLE need_targets (
    need_id BIGINT      NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
    ordinal INTEGER     NOT NULL,
    kind    VARCHAR(20) NOT NULL,
    target  VARCHAR     NOT NULL,
    PRIMARY KEY (need_id, ordinal)
);

CREATE TABLE contacts (
    id              BIGINT      NOT NULL PRIMARY KEY,
    name            VARCHAR     NOT NULL,
    company         VARCHAR     NOT NULL,
    role            VARCHAR     NOT NULL,
    origin_event_id BIGINT,
    origin_place    VARCHAR     NOT NULL,
    origin_on       DATE,
    introduced_by   BIGINT,
    rapport         SMALLINT    NOT NULL,
    stage           VARCHAR(20) NOT NULL,
    next_follow_up  DATE,
    notes           VARCHAR     NOT NULL,
    closed_on       DATE,
    closing_message VARCHAR,
    version         BIGINT      NOT NULL
);

CREATE INDEX contacts_by_follow_up ON contacts (next_follow_up);

-- Emails, phones and URLs are child rows rather than one delimited string: any character may
-- appear in them (URLs contain commas and semicolons), so no separator is safe, and an import can
-- find a duplicate by email with an index instead of parsing every contact. One table for the three
-- kinds keeps a contact's save to a single delete and one batch insert. Ordinal keeps the order typed.
CREATE TABLE contact_reach (
    contact_id BIGINT     NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    medium     VARCHAR(5) NOT NULL,
    ordinal    INTEGER    NOT NULL,
    address    VARCHAR    NOT NULL,
    PRIMARY KEY (contact_id, medium, ordinal)
);

CREATE INDEX contact_reach_by_address ON contact_reach (address);

-- What a contact offers and what they look for: two sets of tags, told apart by side.
CREATE TABLE contact_tags (
    contact_id BIGINT      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    side       VARCHAR(11) NOT NULL,
    tag        VARCHAR     NOT NULL,
    PRIMARY KEY (contact_id, side, tag)
);

CREATE TABLE events (
    id      BIGINT  NOT NULL PRIMARY KEY,
    name    VARCHAR NOT NULL,
    held_on DATE    NOT NULL,
    place   VARCHAR NOT NULL,
    notes   VARCHAR NOT NULL,
    version BIGINT  NOT NULL
);

CREATE TABLE event_expected (
    event_id   BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    contact_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, contact_id)
);

-- Interactions are facts, added and (by mistake only) deleted, never edited: no version column.
CREATE TABLE interactions (
    id             BIGINT      NOT NULL PRIMARY KEY,
    contact_id     BIGINT      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    happened_on    DATE        NOT NULL,
    channel        VARCHAR(20) NOT NULL,
    minutes        INTEGER     NOT NULL,
    travel_minutes INTEGER     NOT NULL,
    notes          VARCHAR     NOT NULL
);

CREATE INDEX interactions_by_contact ON interactions (contact_id);
CREATE INDEX interactions_by_date ON interactions (happened_on);

-- Money is kept in cents, exact, one row per kind of expense that is not zero.
CREATE TABLE interaction_expenses (
    interaction_id BIGINT      NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    kind           VARCHAR(10) NOT NULL,
    cents          BIGINT      NOT NULL,
    PRIMARY KEY (interaction_id, kind)
);

CREATE TABLE interaction_needs (
    interaction_id BIGINT NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    need_id        BIGINT NOT NULL,
    PRIMARY KEY (interaction_id, need_id)
);

-- A request's estimate, schedule and alternative are values embedded in the row; the scheduled_*
-- columns are all set exactly when the request is scheduled.
CREATE TABLE meeting_requests (
    id                      BIGINT      NOT NULL PRIMARY KEY,
    contact_id              BIGINT      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    requested_on            DATE        NOT NULL,
    initiator               VARCHAR(10) NOT NULL,
    ask                     VARCHAR     NOT NULL,
    format                  VARCHAR(20) NOT NULL,
    place                   VARCHAR     NOT NULL,
    proposed_at             TIMESTAMP,
    estimate_minutes        INTEGER     NOT NULL,
    estimate_travel_minutes INTEGER     NOT NULL,
    estimate_cents          BIGINT      NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    scheduled_at            TIMESTAMP,
    scheduled_place         VARCHAR,
    scheduled_format        VARCHAR(20),
    scheduled_minutes       INTEGER,
    alternative             VARCHAR(20),
    message                 VARCHAR     NOT NULL,
    version                 BIGINT      NOT NULL
);

CREATE INDEX meeting_requests_by_contact ON meeting_requests (contact_id);
CREATE INDEX meeting_requests_by_status ON meeting_requests (status);

-- There is one budget: the check pins its key so a second row cannot appear.
CREATE TABLE budget (
    id             SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    weekly_minutes INTEGER  NOT NULL,
    monthly_cents  BIGINT   NOT NULL,
    version        BIGINT   NOT NULL
);
