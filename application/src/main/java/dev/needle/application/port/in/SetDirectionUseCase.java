package dev.needle.application.port.in;

import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Tag;
import java.util.Set;

/** Sets where the user is going; the direction active until now is archived, never deleted. */
public interface SetDirectionUseCase {
    Direction setDirection(Command command);

    /** Kind, statement and what the user can offer others. */
    record Command(DirectionKind kind, String statement, Set<Tag> offers) {
        public Command {
            offers = offers == null ? Set.of() : Set.copyOf(offers);
        }
    }
}
