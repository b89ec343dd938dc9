package dev.needle.application.service.fake;

import dev.needle.application.port.out.InteractionStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.NeedCost;
import dev.needle.domain.NeedId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The interaction log in memory, for service tests. */
public final class FakeInteractionStore implements InteractionStore, Rollback {
    private static final Comparator<Interaction> OLDEST_FIRST =
            Comparator.comparing(Interaction::date).thenComparing(Interaction::id);
    private TreeMap<InteractionId, Interaction> log = new TreeMap<>();
    private WriteLock lock = new WriteLock();

    @Override
    public Interaction add(Interaction interaction) {
        return lock.holding(() -> {
            log.put(interaction.id(), interaction);
            return interaction;
        });
    }

    @Override
    public List<Interaction> findByContact(ContactId contact) {
        return log.values().stream().filter(i -> i.contact().equals(contact)).sorted(OLDEST_FIRST.reversed()).toList();
    }

    @Override
    public List<Interaction> findFrom(LocalDate from) {
        return log.values().stream().filter(i -> !i.date().isBefore(from)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public Map<NeedId, NeedCost.Tally> spentPerNeed() {
        return NeedCost.Tally.perNeed(log.values());
    }

    @Override
    public boolean delete(InteractionId id) {
        return lock.holding(() -> log.remove(id) != null);
    }

    public List<Interaction> all() {
        return List.copyOf(log.values());
    }

    @Override
    public void writeUnder(WriteLock lock) {
        this.lock = lock;
    }

    @Override
    public Runnable snapshot() {
        TreeMap<InteractionId, Interaction> copy = new TreeMap<>(log);
        return () -> log = new TreeMap<>(copy);
    }
}
