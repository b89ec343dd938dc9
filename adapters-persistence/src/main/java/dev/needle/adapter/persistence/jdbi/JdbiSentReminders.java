package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.SentReminders;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The reminders sent today (V14); recording a day forgets the days before it, which no run asks about. */
final class JdbiSentReminders implements SentReminders {
    private final HandleScope scope;

    JdbiSentReminders(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Set<String> sentOn(LocalDate day) {
        return scope.read(handle -> Set.copyOf(handle.createQuery("SELECT reminder FROM sent_reminders WHERE sent_on = :day")
                .bindByType("day", day, LocalDate.class).mapTo(String.class).list()));
    }

    @Override
    public void record(LocalDate day, Collection<String> keys) {
        scope.write(handle -> {
            handle.createUpdate("DELETE FROM sent_reminders WHERE sent_on < :day").bindByType("day", day, LocalDate.class)
                    .execute();
            Set<String> fresh = new HashSet<>(keys);
            fresh.removeAll(sentOn(day));
            PreparedBatch insert = handle.prepareBatch("INSERT INTO sent_reminders (sent_on, reminder) VALUES (:day, :key)");
            fresh.forEach(key -> insert.bindByType("day", day, LocalDate.class).bind("key", key).add());
            Batches.run(insert);
            return null;
        });
    }
}
