package dev.needle.application.service.fake;

import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.domain.OwnLimits;
import dev.needle.domain.TeammateId;
import java.util.List;
import java.util.TreeMap;

/** Each teammate's own offers and hours in memory, for service tests. */
public final class FakePersonalLimitsStore implements PersonalLimitsStore, Rollback {
    private WriteLock lock = new WriteLock();
    private TreeMap<TeammateId, OwnLimits> byPerson = new TreeMap<>();

    @Override
    public synchronized List<OwnLimits> findAll() {
        return List.copyOf(byPerson.values());
    }

    @Override
    public void save(OwnLimits limits) {
        lock.holding(() -> {
            synchronized (this) {
                if (limits.isEmpty()) {
                    byPerson.remove(limits.person());
                } else {
                    byPerson.put(limits.person(), limits);
                }
            }
            return null;
        });
    }

    @Override
    public void writeUnder(WriteLock lock) {
        this.lock = lock;
    }

    @Override
    public synchronized Runnable snapshot() {
        TreeMap<TeammateId, OwnLimits> copy = new TreeMap<>(byPerson);
        return () -> {
            synchronized (this) {
                byPerson = new TreeMap<>(copy);
            }
        };
    }
}
