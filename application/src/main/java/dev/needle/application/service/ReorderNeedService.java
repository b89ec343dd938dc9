package dev.needle.application.service;

import dev.needle.application.NotFoundException;
import dev.needle.application.port.in.ReorderNeedUseCase;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import java.util.ArrayList;
import java.util.List;

/** Moves a need to another place and renumbers the whole list 1..n in one unit. */
public final class ReorderNeedService implements ReorderNeedUseCase {
    private final NeedStore needs;
    private final Transactions transactions;

    public ReorderNeedService(NeedStore needs, Transactions transactions) {
        this.needs = needs;
        this.transactions = transactions;
    }

    @Override
    public List<Need> moveNeed(NeedId id, int newPriority) {
        return transactions.inTransaction(() -> {
            List<Need> order = new ArrayList<>(needs.findAll());
            Need moved = order.stream().filter(n -> n.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("need", id));
            order.remove(moved);
            int place = Math.max(1, Math.min(newPriority, order.size() + 1));
            order.add(place - 1, moved);
            List<Need> renumbered = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                Need need = order.get(i);
                // Saving only what changed keeps unrelated edits in other sessions from conflicting.
                renumbered.add(need.priority() == i + 1 ? need : needs.save(need.withPriority(i + 1)));
            }
            return List.copyOf(renumbered);
        });
    }
}
