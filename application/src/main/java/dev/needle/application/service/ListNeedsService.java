package dev.needle.application.service;

import dev.needle.application.port.in.ListNeedsUseCase;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Need;
import java.util.List;

/** Lists every need in priority order. */
public final class ListNeedsService implements ListNeedsUseCase {
    private final NeedStore needs;

    public ListNeedsService(NeedStore needs) {
        this.needs = needs;
    }

    @Override
    public List<Need> listNeeds() {
        return needs.findAll();
    }
}
