package dev.needle.application.team;

import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.RecordKind;
import java.util.List;
import java.util.Optional;

/** The need store that marks every save with who made it. */
final class MarkingNeedStore implements NeedStore {
    private final NeedStore store;
    private final Marker marker;

    MarkingNeedStore(NeedStore store, Marker marker) {
        this.store = store;
        this.marker = marker;
    }

    @Override
    public Need save(Need need) {
        return marker.saving(RecordKind.NEED, need.id().value(), need.title(), () -> store.save(need),
                Marker.savedAt(need.version()));
    }

    @Override
    public Optional<Need> find(NeedId id) {
        return store.find(id);
    }

    @Override
    public List<Need> findAll() {
        return store.findAll();
    }

    @Override
    public boolean delete(NeedId id) {
        // Through the marker's unit of work like a save, though it marks nothing: the mark stays for an undo.
        return marker.writing(() -> store.delete(id), deleted -> { });
    }
}
