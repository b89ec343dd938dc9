package dev.needle.application.service;

import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Set;

/** Starts a new direction and archives the previous one, so exactly one is active. */
public final class SetDirectionService implements SetDirectionUseCase {
    private final DirectionStore directions;
    private final IdSource ids;
    private final ClockPort clock;
    private final Transactions transactions;

    public SetDirectionService(DirectionStore directions, IdSource ids, ClockPort clock, Transactions transactions) {
        this.directions = directions;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Direction setDirection(Command command) {
        LocalDate today = clock.today();
        return transactions.inTransaction(() -> {
            directions.active().ifPresent(previous -> directions.save(previous.archive(today)));
            return directions.save(Direction.start(new DirectionId(ids.next()), command.kind(), command.statement(),
                    command.offers(), today));
        });
    }

    /** Saves the active direction with these offers: the store in front of it keeps them as the acting person's. */
    @Override
    public Direction setOffers(Set<Tag> offers) {
        return transactions.inTransaction(() -> {
            Direction active = directions.active().orElseThrow(() -> new InvalidValueException("offers",
                    "Set a direction first: what you can offer goes with it."));
            return directions.save(new Direction(active.id(), active.kind(), active.statement(), offers,
                    active.since(), active.archivedOn(), active.version()));
        });
    }
}
