package dev.needle.bench.jmh;

import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.app.Wiring;
import dev.needle.adapter.persistence.memory.InMemoryPersistence;
import dev.needle.application.port.out.ClockPort;
import dev.needle.bench.data.DataSet;
import dev.needle.bench.data.Generator;
import dev.needle.domain.triage.TriageSettings;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The terminal UI's use cases over the production in-memory stores, filled with a generated data
 * set, wired as the composition root wires them (index wrapped around the contact store).
 */
final class LoadedApp {
    final TuiUseCases useCases;
    final InMemoryPersistence db = InMemoryPersistence.open();

    LoadedApp(DataSet data) {
        db.directions().save(data.direction());
        data.needs().forEach(db.needs()::save);
        data.events().forEach(db.events()::save);
        data.contacts().forEach(db.contacts()::save);
        data.interactions().forEach(db.interactions()::add);
        data.requests().forEach(db.meetingRequests()::save);
        db.budget().set(data.budget());
        useCases = wire();
    }

    private TuiUseCases wire() {
        ClockPort clock = new ClockPort() {
            @Override
            public LocalDate today() {
                return Generator.TODAY;
            }

            @Override
            public LocalDateTime now() {
                return Generator.TODAY.atTime(10, 0);
            }
        };
        return Wiring.tuiOverMemory(db, clock, TriageSettings.defaults());
    }
}
