package dev.needle.application.service;

import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import java.time.LocalDate;

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
}
