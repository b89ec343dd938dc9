-- No query looks a contact up by UID: an import matches cards by UID in memory, against every
-- contact it has read anyway. The index cost every insert a B-tree entry, and other programs' UIDs are
-- random, so on a large vCard import each entry landed on a page of its own (docs/performance.md).
DROP INDEX contacts_by_uid;
