-- A store-wide change counter: every transaction that writes anything (contacts, needs, requests,
-- interactions, events, the budget, directions) adds one to it just before it commits. An open screen
-- in another session reads this one row a few times a second and reloads only when it moved, so an
-- idle session costs one primary-key read per look. The contact revision (V3) stays: it also says
-- which contacts changed, which this counter does not.
CREATE TABLE store_changes (
    id      SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    counter BIGINT   NOT NULL
);

INSERT INTO store_changes (id, counter) VALUES (1, 0);
