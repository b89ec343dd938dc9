package dev.needle.application.service;

import dev.needle.application.port.in.DropNeedUseCase;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;

/** Drops a need: kept on record, no longer steering triage. */
public final class DropNeedService implements DropNeedUseCase {
    private final NeedStore needs;

    public DropNeedService(NeedStore needs) {
        this.needs = needs;
    }

    @Override
    public Need dropNeed(NeedId id) {
        return needs.save(Records.need(needs, id).drop());
    }
}
