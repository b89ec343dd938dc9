-- Who added a run of records at once (issue 19): one row for every record id from first_id to
-- last_id, all added by added_by at added_at, as an import adds thousands of contacts under ids drawn
-- in a row. A record_marks row for an id inside a run is that record's whole mark and wins over the
-- run (a later change copies the run's adding into it), so the run itself is never rewritten. Like
-- record_marks, no foreign keys: marks outlive a deletion.
CREATE TABLE record_mark_runs (
    kind      VARCHAR(20) NOT NULL,
    first_id  BIGINT      NOT NULL,
    last_id   BIGINT      NOT NULL,
    added_by  BIGINT      NOT NULL,
    added_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (kind, first_id)
);
