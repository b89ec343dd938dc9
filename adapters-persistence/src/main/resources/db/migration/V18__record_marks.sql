-- Who did what (issue 20): per record, who added it, last changed it and (meeting requests) decided
-- it, and when, in local time as the session's clock read it. Written in the transaction of the change
-- it describes. A record with no row here is older than the team and is the founder's, so nothing is
-- rewritten. kind is the record kind's code ("contact", "need", "event", "meeting_request",
-- "interaction"). No foreign keys: marks outlive a deletion, so an undone deletion keeps its mark.
CREATE TABLE record_marks (
    kind        VARCHAR(20) NOT NULL,
    record_id   BIGINT      NOT NULL,
    added_by    BIGINT,
    added_at    TIMESTAMP,
    changed_by  BIGINT,
    changed_at  TIMESTAMP,
    decided_by  BIGINT,
    decided_at  TIMESTAMP,
    PRIMARY KEY (kind, record_id)
);
