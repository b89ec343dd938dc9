package dev.needle.application.team;

import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.RecordChange.AssignmentSet;
import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.FieldValue;
import dev.needle.domain.TeammateId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo of assignments, around the revert of every other change: in one unit of work, and
 * asking first when another session gave the same duty to someone else since.
 */
public final class AssignmentRevert implements RevertUseCase {
    private final RevertUseCase others;
    private final AssignmentStore assignments;
    private final TeamStore team;
    private final Transactions transactions;

    public AssignmentRevert(RevertUseCase others, AssignmentStore assignments, TeamStore team, Transactions transactions) {
        this.others = others;
        this.assignments = assignments;
        this.team = team;
        this.transactions = transactions;
    }

    /** Carries a refusal out of the unit of work, so what the other changes wrote is rolled back. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        Refused(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    @Override
    public Outcome apply(List<RecordChange> changes, boolean overwrite) {
        List<AssignmentSet> mine = changes.stream().filter(AssignmentSet.class::isInstance).map(AssignmentSet.class::cast)
                .toList();
        if (mine.isEmpty()) {
            return others.apply(changes, overwrite);
        }
        try {
            return transactions.inTransaction(() -> {
                List<Meanwhile> meanwhile = new ArrayList<>();
                mine.forEach(change -> changedSince(change).ifPresent(meanwhile::add));
                Outcome rest = others.apply(changes, overwrite); // the other kinds pass ours by
                boolean allOursChanged = meanwhile.size() == mine.size();
                if (!rest.applied()) {
                    List<Meanwhile> all = new ArrayList<>(rest.meanwhile());
                    all.addAll(meanwhile);
                    return new Outcome(all, rest.superseded() && allOursChanged);
                }
                if (!meanwhile.isEmpty() && !overwrite) {
                    throw new Refused(new Outcome(meanwhile, allOursChanged && changes.size() == mine.size()));
                }
                mine.forEach(this::write);
                return rest;
            });
        } catch (Refused refused) {
            return refused.outcome;
        }
    }

    /** Who has the duty now, when that is neither where the step starts nor where it ends. */
    private Optional<Meanwhile> changedSince(AssignmentSet change) {
        Optional<TeammateId> now = assignments.find(change.duty(), change.record());
        if (now.equals(change.from()) || now.equals(change.to())) {
            return Optional.empty();
        }
        String who = now.flatMap(id -> team.team().find(id)).map(t -> t.name()).orElse("nobody in particular");
        return Optional.of(new Meanwhile(change.label(), new FieldValue(change.duty().label(), who)));
    }

    private void write(AssignmentSet change) {
        change.to().ifPresentOrElse(
                to -> assignments.assign(new dev.needle.domain.Assignment(change.duty(), change.record(), to)),
                () -> assignments.clear(change.duty(), change.record()));
    }
}
