-- The people sharing one database (issue 20). A database that was one person's gets its first row
-- when that person next starts Needle; records older than the team say nothing of who added them,
-- and Team.founder() (the lowest id) answers for them, so nothing has to be rewritten here.
-- name_key is the name trimmed and lower-cased: "Bob" and "bob" are one person, and the unique index
-- makes two sessions joining with one name at once end up with one row.
CREATE TABLE teammates (
    id        BIGINT  NOT NULL PRIMARY KEY,
    name      VARCHAR NOT NULL,
    name_key  VARCHAR NOT NULL,
    joined_on DATE    NOT NULL
);

CREATE UNIQUE INDEX teammates_by_name ON teammates (name_key);
