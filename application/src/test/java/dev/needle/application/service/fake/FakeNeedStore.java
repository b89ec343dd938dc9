package dev.needle.application.service.fake;

import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Needs in memory, for service tests. */
public final class FakeNeedStore implements NeedStore, Rollback {
    public final VersionedMap<NeedId, Need> map = new VersionedMap<>("need", Need::id, Need::version, Need::withVersion);

    @Override
    public Optional<Need> find(NeedId id) {
        return map.find(id);
    }

    @Override
    public List<Need> findAll() {
        return map.all(Comparator.comparingInt(Need::priority).thenComparing(Need::id));
    }

    @Override
    public Need save(Need need) {
        return map.save(need);
    }

    @Override
    public boolean delete(NeedId id) {
        return map.delete(id);
    }

    @Override
    public Runnable snapshot() {
        return map.snapshot();
    }

    @Override
    public void writeUnder(WriteLock lock) {
        map.writeUnder(lock);
    }
}
