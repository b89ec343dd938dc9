package dev.needle.application.port.in;

import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Tag;
import java.util.Set;

/** Sets where the user is going; the direction active until now is archived, never deleted. */
public interface SetDirectionUseCase {
    Direction setDirection(Command command);

    /**
     * Changes what I can offer along the active direction, which stays as it is: on a team each person
     * offers their own. Refused when no direction is set yet.
     */
    Direction setOffers(Set<Tag> offers);

    /** Kind, statement and what the user can offer others. */
    record Command(DirectionKind kind, String statement, Set<Tag> offers) {
        public Command {
            offers = offers == null ? Set.of() : Set.copyOf(offers);
        }
    }
}
