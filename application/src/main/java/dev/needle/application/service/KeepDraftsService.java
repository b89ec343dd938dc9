package dev.needle.application.service;

import dev.needle.application.port.in.KeepDraftsUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.DraftStore;
import dev.needle.domain.Draft;
import java.util.List;

/**
 * The acting person's drafts. Every read and write names the session's person as the owner, so no
 * session can see what another teammate was typing.
 */
public final class KeepDraftsService implements KeepDraftsUseCase {
    private final DraftStore store;
    private final ActingPerson acting;
    private final ClockPort clock;

    public KeepDraftsService(DraftStore store, ActingPerson acting, ClockPort clock) {
        this.store = store;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public void keep(Draft draft) {
        store.save(acting.person().id(), draft.keptAt(clock.now()));
    }

    @Override
    public List<Draft> kept() {
        // Someone not on the team yet has typed nothing here: finding that out must not join them.
        return acting.known().map(me -> store.byOwner(me.id())).orElse(List.of());
    }

    @Override
    public void discard(String id) {
        acting.known().ifPresent(me -> store.remove(me.id(), id));
    }
}
