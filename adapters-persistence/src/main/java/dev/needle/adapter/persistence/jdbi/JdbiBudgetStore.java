package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.EditConflictException;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.domain.Budget;
import dev.needle.domain.Money;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementException;

/** The one budget row; absent until the user first sets it. */
final class JdbiBudgetStore implements BudgetStore {
    private final HandleScope scope;

    JdbiBudgetStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<Budget> get() {
        return scope.read(handle -> handle.createQuery("SELECT weekly_minutes, monthly_cents FROM budget WHERE id = 1")
                .map((rs, ctx) -> new Budget(rs.getInt("weekly_minutes"), Money.ofCents(rs.getLong("monthly_cents"))))
                .findOne());
    }

    /**
     * Setting the budget replaces it whole, so the last writer wins by design; the version still
     * counts changes. Update first, insert only when no row exists yet (portable: no MERGE or ON
     * CONFLICT needed); should another session insert the first row at the same moment, the
     * primary key refuses the second and the user is asked to reload.
     */
    @Override
    public void set(Budget budget) {
        scope.write(handle -> {
            int updated = handle.createUpdate("UPDATE budget SET weekly_minutes = :weekly, monthly_cents = :monthly, "
                            + "version = version + 1 WHERE id = 1")
                    .bind("weekly", budget.weeklyMinutes()).bind("monthly", budget.monthlyMoney().cents()).execute();
            if (updated == 0) {
                try {
                    handle.createUpdate("INSERT INTO budget (id, weekly_minutes, monthly_cents, version) VALUES (1, :weekly, :monthly, 1)")
                            .bind("weekly", budget.weeklyMinutes()).bind("monthly", budget.monthlyMoney().cents()).execute();
                } catch (StatementException e) {
                    if (VersionedWrite.isUniqueViolation(e)) {
                        throw new EditConflictException("budget", 1);
                    }
                    throw e;
                }
            }
            return null;
        });
    }
}
