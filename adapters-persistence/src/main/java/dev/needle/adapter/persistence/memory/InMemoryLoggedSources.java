package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.LoggedSources;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The source keys logging has used, held in memory and rolled back with the rest. */
final class InMemoryLoggedSources implements LoggedSources {
    private final InMemoryDatabase db;

    InMemoryLoggedSources(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Set<String> loggedAmong(Collection<String> keys) {
        return db.locked(() -> keys.stream().filter(key -> db.loggedSources.find(key).isPresent())
                .collect(Collectors.toSet()));
    }

    @Override
    public void remember(String key, Kind kind, long recordId, LocalDate on) {
        db.locked(() -> {
            db.loggedSources.put(new InMemoryDatabase.LoggedSource(key, kind, recordId, on));
            return null;
        });
    }
}
