package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.LoggedSources;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The source keys logging has used, one row each in {@code logged_sources}. */
final class JdbiLoggedSources implements LoggedSources {
    /** Keys per query: far below what H2 and PostgreSQL accept as parameters of one statement. */
    private static final int CHUNK = 500;

    private final HandleScope scope;

    JdbiLoggedSources(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Set<String> loggedAmong(Collection<String> keys) {
        List<String> all = List.copyOf(new HashSet<>(keys));
        Set<String> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            found.addAll(scope.read(handle -> handle.createQuery(
                            "SELECT source_key FROM logged_sources WHERE source_key IN (<keys>)")
                    .bindList("keys", chunk).mapTo(String.class).list()));
        }
        return found;
    }

    @Override
    public void remember(String key, Kind kind, long recordId, LocalDate on) {
        scope.write(handle -> handle.createUpdate("INSERT INTO logged_sources (source_key, record_kind, record_id, logged_on) "
                        + "VALUES (:key, :kind, :id, :on)")
                .bind("key", key).bind("kind", kind.name()).bind("id", recordId)
                .bindByType("on", on, LocalDate.class).execute());
    }
}
