package dev.needle.application.limits;

import dev.needle.application.port.out.DirectionStore;
import dev.needle.domain.Direction;
import dev.needle.domain.Teammate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The team's directions as one teammate sees them: the active one carries what THEY can offer, so
 * every screen, message and prep sheet that says "I can offer" speaks for the person using it.
 * Saving the active direction sets their offers; archived directions keep what they held.
 */
final class PersonalDirections implements DirectionStore {
    private final DirectionStore team;
    private final TeamLimits limits;
    private final Supplier<Teammate> person;

    PersonalDirections(DirectionStore team, TeamLimits limits, Supplier<Teammate> person) {
        this.team = team;
        this.limits = limits;
        this.person = person;
    }

    @Override
    public Optional<Direction> active() {
        return team.active().map(this::withMyOffers);
    }

    @Override
    public List<Direction> findAll() {
        return team.findAll().stream().map(d -> d.isActive() ? withMyOffers(d) : d).toList();
    }

    @Override
    public Direction save(Direction direction) {
        Teammate me = person.get();
        if (!direction.isActive()) {
            Optional<Direction> stored = team.findAll().stream().filter(d -> d.id().equals(direction.id())).findFirst();
            // Archiving: what it offered stays the founder's, not whatever this person's view showed.
            Direction kept = stored.map(d -> new Direction(direction.id(), direction.kind(), direction.statement(),
                    d.offers(), direction.since(), direction.archivedOn(), direction.version())).orElse(direction);
            return team.save(limits.asStored(kept, me));
        }
        Direction saved = team.save(limits.asStored(direction, me));
        limits.saveOwnOffers(me, direction.offers());
        return withOffers(saved, direction);
    }

    private Direction withMyOffers(Direction direction) {
        return new Direction(direction.id(), direction.kind(), direction.statement(),
                limits.offersOf(limits.whoActs(person), direction.offers()), direction.since(), direction.archivedOn(),
                direction.version());
    }

    private static Direction withOffers(Direction saved, Direction wanted) {
        return new Direction(saved.id(), saved.kind(), saved.statement(), wanted.offers(), saved.since(),
                saved.archivedOn(), saved.version());
    }
}
