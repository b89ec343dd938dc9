package dev.needle.application.team;

import dev.needle.application.port.in.RecordAuthorsUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.Team;
import dev.needle.domain.WhoDidWhat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads records' marks and names the teammates in them. */
public final class RecordAuthorsService implements RecordAuthorsUseCase {
    private final RecordMarks marks;
    private final TeamStore team;
    private final ClockPort clock;

    public RecordAuthorsService(RecordMarks marks, TeamStore team, ClockPort clock) {
        this.marks = marks;
        this.team = team;
        this.clock = clock;
    }

    @Override
    public Map<Long, Authors> of(RecordKind kind, Collection<Long> ids) {
        Team everyone = team.team();
        if (everyone.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        WhoDidWhat words = new WhoDidWhat(everyone, clock.today());
        Map<Long, RecordMark> found = marks.of(kind, ids);
        Map<Long, Authors> named = new LinkedHashMap<>();
        for (long id : ids) {
            RecordMark mark = found.getOrDefault(id, RecordMark.none(kind, id));
            Optional<RecordMark.Stamp> last = mark.lastTouched();
            named.put(id, new Authors(Optional.of(words.who(mark.added())), mark.added().map(RecordMark.Stamp::at),
                    Optional.of(words.who(last)), last.map(RecordMark.Stamp::at),
                    mark.decided().map(stamp -> words.who(mark.decided())), mark.decided().map(RecordMark.Stamp::at),
                    words.line(mark)));
        }
        return named;
    }
}
