package dev.needle.application.port.in;

import java.util.Objects;
import java.util.Set;

/**
 * Logs email interactions from mail already on disk: one per thread, day and known contact, sent or
 * received by the user's own addresses; unknown correspondents are suggested, never added.
 */
public interface LogMailUseCase {
    /** Where mail is read from. */
    enum Kind { MAILDIR, MBOX, NOTMUCH }

    /** A Maildir folder, an mbox file, or a notmuch query ({@code location} is then the query). */
    record Source(Kind kind, String location) {
        public Source {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(location, "location");
        }

        /** How a report names the source. */
        public String describe() {
            return kind == Kind.NOTMUCH ? "notmuch query " + location : location;
        }
    }

    /** {@code me} are the user's own addresses; a dry run reports what it would log and changes nothing. */
    record Command(Source source, Set<String> me, boolean dryRun) {
        public Command {
            Objects.requireNonNull(source, "source");
            me = Set.copyOf(me);
        }
    }

    LogReport logMail(Command command);
}
