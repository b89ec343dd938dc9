package dev.needle.application.service;

import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;

/** Adds a need below every existing one, so a new idea never jumps ahead of what the user ranked. */
public final class AddNeedService implements AddNeedUseCase {
    private final NeedStore needs;
    private final IdSource ids;

    public AddNeedService(NeedStore needs, IdSource ids) {
        this.needs = needs;
        this.ids = ids;
    }

    @Override
    public Need addNeed(Command command) {
        // One past the highest place rather than the count: robust even if places have gaps.
        int bottom = needs.findAll().stream().mapToInt(Need::priority).max().orElse(0) + 1;
        Need need = Need.open(new NeedId(ids.next()), command.title(), command.kind(), command.targets(), bottom)
                .withDetails(command.title(), command.kind(), command.targets(), command.notes());
        return needs.save(need);
    }
}
