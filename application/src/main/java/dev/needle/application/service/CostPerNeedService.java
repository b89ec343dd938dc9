package dev.needle.application.service;

import dev.needle.application.port.in.CostPerNeedUseCase;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.NeedCost;
import java.util.List;

/** Reports what each need cost to advance, over the whole interaction log. */
public final class CostPerNeedService implements CostPerNeedUseCase {
    private final NeedStore needs;
    private final InteractionStore interactions;

    public CostPerNeedService(NeedStore needs, InteractionStore interactions) {
        this.needs = needs;
        this.interactions = interactions;
    }

    @Override
    public List<NeedCost> costPerNeed() {
        return NeedCost.of(needs.findAll(), interactions.spentPerNeed());
    }
}
