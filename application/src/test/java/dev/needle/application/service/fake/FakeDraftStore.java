package dev.needle.application.service.fake;

import dev.needle.application.port.out.DraftStore;
import dev.needle.domain.Draft;
import dev.needle.domain.TeammateId;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drafts in a map per owner, as the private state folder keeps them in a folder per owner. */
public final class FakeDraftStore implements DraftStore {
    private final Map<TeammateId, Map<String, Draft>> drafts = new LinkedHashMap<>();

    @Override
    public synchronized void save(TeammateId owner, Draft draft) {
        drafts.computeIfAbsent(owner, o -> new LinkedHashMap<>()).put(draft.id(), draft);
    }

    @Override
    public synchronized List<Draft> byOwner(TeammateId owner) {
        List<Draft> mine = new ArrayList<>(drafts.getOrDefault(owner, Map.of()).values());
        mine.sort(Comparator.comparing((Draft d) -> d.keptAt().orElse(LocalDateTime.MIN)).reversed());
        return mine;
    }

    @Override
    public synchronized void remove(TeammateId owner, String id) {
        drafts.getOrDefault(owner, new LinkedHashMap<>()).remove(id);
    }
}
