package dev.needle.application.port.in;

import dev.needle.domain.RecordKind;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who added, changed and decided records, by teammate name (issue 20), for detail screens and
 * {@code --json}. A record older than the team was added by the founder.
 */
public interface RecordAuthorsUseCase {
    /** For screen tests and databases nobody has joined: no names, no line. */
    RecordAuthorsUseCase NOBODY = (kind, ids) -> Map.of();

    /** The authors of each of {@code ids} of {@code kind}; an id missing from the answer has none known. */
    Map<Long, Authors> of(RecordKind kind, Collection<Long> ids);

    default Authors of(RecordKind kind, long id) {
        return of(kind, List.of(id)).getOrDefault(id, Authors.UNKNOWN);
    }

    /**
     * {@code changedBy}/{@code changedAt} are the last touch: the last change, or the adding when there was
     * none. {@code line} is what a detail screen shows ("Added by Alice on 3 Dec · changed by Bob at
     * 10:42"), only when more than one person shares the database.
     */
    record Authors(Optional<String> addedBy, Optional<LocalDateTime> addedAt, Optional<String> changedBy,
                   Optional<LocalDateTime> changedAt, Optional<String> decidedBy, Optional<LocalDateTime> decidedAt,
                   Optional<String> line) {
        public static final Authors UNKNOWN = new Authors(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
