package dev.needle.application.service;

import dev.needle.application.port.in.CheckForChangesUseCase;
import dev.needle.application.port.out.ChangeCounter;

/** Answers whether anything changed with the store-wide change counter. */
public final class CheckForChangesService implements CheckForChangesUseCase {
    private final ChangeCounter counter;

    public CheckForChangesService(ChangeCounter counter) {
        this.counter = counter;
    }

    @Override
    public long changeMark() {
        return counter.current();
    }
}
