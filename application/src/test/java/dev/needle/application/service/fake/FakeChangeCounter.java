package dev.needle.application.service.fake;

import dev.needle.application.port.out.ChangeCounter;
import java.util.Objects;

/**
 * The change counter over the fakes, as a fingerprint of what they hold: any save or delete changes
 * it. Fine for tests; a real store keeps a counter instead of reading everything.
 */
public final class FakeChangeCounter implements ChangeCounter {
    private final Fakes fakes;

    FakeChangeCounter(Fakes fakes) {
        this.fakes = fakes;
    }

    @Override
    public long current() {
        return Objects.hash(fakes.contacts.revision(), fakes.needs.findAll(), fakes.directions.findAll(),
                fakes.events.findAll(), fakes.interactions.all(), fakes.requests.findAll(), fakes.budget.get(),
                fakes.keepInTouch.findAll(), fakes.keepInTouch.tagDefaults(),
                fakes.assignments.rows(), fakes.privateNotes.findAll());
    }
}
