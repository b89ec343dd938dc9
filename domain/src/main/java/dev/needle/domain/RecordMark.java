package dev.needle.domain;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Who added, last changed and (for a meeting request) decided one record, and when. A record with
 * no mark at all, or a mark missing a part, is older than the team and is the founder's
 * ({@link Team#whoIs}): nothing is rewritten when a database becomes a team's.
 */
public record RecordMark(RecordKind kind, long recordId, Optional<Stamp> added, Optional<Stamp> changed,
                         Optional<Stamp> decided) {

    /** Something a teammate did to a record. */
    public enum Deed {
        ADDED,
        CHANGED,
        DECIDED
    }

    /** One deed's teammate and local time, to the minute as people read it. */
    public record Stamp(TeammateId by, LocalDateTime at) {
        public Stamp {
            Check.notNull("by", by);
            Check.notNull("at", at);
        }
    }

    public RecordMark {
        Check.notNull("kind", kind);
        if (recordId <= 0) {
            throw new InvalidValueException("recordId", "A record id is a positive number, not " + recordId + ".");
        }
        Check.notNull("added", added);
        Check.notNull("changed", changed);
        Check.notNull("decided", decided);
    }

    /** The mark of a record nobody on the team has marked yet: the founder's. */
    public static RecordMark none(RecordKind kind, long recordId) {
        return new RecordMark(kind, recordId, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * This mark after {@code deed}. Adding counts only for a record with no mark yet: a deletion undone
     * brings the record back as it was added, and a record older than the team, once changed, stays the
     * founder's addition. A change and a decision replace the last.
     */
    public RecordMark with(Deed deed, Stamp stamp) {
        return switch (deed) {
            case ADDED -> isBlank() ? new RecordMark(kind, recordId, Optional.of(stamp), changed, decided) : this;
            case CHANGED -> new RecordMark(kind, recordId, added, Optional.of(stamp), decided);
            case DECIDED -> new RecordMark(kind, recordId, added, changed, Optional.of(stamp));
        };
    }

    /** Nothing marked: the record is older than the team, or no mark was ever written for it. */
    public boolean isBlank() {
        return added.isEmpty() && changed.isEmpty() && decided.isEmpty();
    }

    /** The last thing done to the record: its change, else its adding. */
    public Optional<Stamp> lastTouched() {
        return changed.or(() -> added);
    }
}
