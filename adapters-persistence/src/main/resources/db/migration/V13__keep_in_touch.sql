-- Keep-in-touch cadences (issue 18), beside the contacts rather than in their row: a person's own
-- cadence and snooze, and a default cadence per tag. A cadence is stored in its short form ("6w",
-- "1m", "10d", "none"); NULL in keep_in_touch.cadence means the person follows their tags' defaults.
-- A person's settings go with them when they are deleted. Settings are replaced whole (the last
-- writer wins, as with the budget), so there is no version column.
CREATE TABLE keep_in_touch (
    contact_id    BIGINT      NOT NULL PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    cadence       VARCHAR(10),
    snoozed_until DATE,
    since         DATE        NOT NULL
);

CREATE TABLE tag_cadences (
    tag     VARCHAR     NOT NULL PRIMARY KEY,
    cadence VARCHAR(10) NOT NULL,
    since   DATE        NOT NULL
);

-- "The latest interaction of each person" is read for every reminder and every Today.
CREATE INDEX interactions_by_contact_and_day ON interactions (contact_id, happened_on);
