package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.in.TeammateLimits;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Money;
import dev.needle.domain.Tag;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alice and Bob wired as the app wires two sessions on one H2 database: each session's offers and
 * hours are its person's, the config file's budget sets the hours of whoever starts, and the backup
 * holds everyone's.
 */
class PersonalLimitsWiringTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    @TempDir
    Path dir;
    private OpenDatabase db;
    private UseCases alice;
    private UseCases bob;

    private UseCases as(Teammate person) {
        return UseCases.wire(db.stores(), new SystemClock(Clock.systemDefaultZone()), TriageSettings.defaults(),
                MeetingDefaults.standard(), () -> person);
    }

    @BeforeEach
    void open() {
        db = Databases.open(Optional.empty(), dir, Map.of());
        alice = as(db.stores().team().join(new Teammate(new TeammateId(db.stores().ids().next()), "Alice", DAY)));
        bob = as(db.stores().team().join(new Teammate(new TeammateId(db.stores().ids().next()), "Bob", DAY)));
        alice.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.BUSINESS,
                "A neighbourhood bakery", Set.of(Tag.of("sourdough"))));
        alice.setBudget().setBudget(Budget.of(4, Money.parse("100")));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static Budget budgetOf(UseCases session) {
        return session.budgetStatus().budgetStatus().map(BudgetStatus::budget).orElseThrow();
    }

    @Test
    void theConfigFilesBudgetSetsTheHoursOfWhoeverStartsAndTheTeamsMoney() {
        ConfiguredBudget.apply(Budget.of(2, Money.parse("80")), bob);

        assertThat(budgetOf(bob)).isEqualTo(Budget.of(2, Money.parse("80")));
        assertThat(budgetOf(alice)).isEqualTo(Budget.of(4, Money.parse("80")));
    }

    @Test
    void eachSessionOffersItsOwnAndTheBackupHoldsEveryonesOnH2() {
        bob.setDirection().setOffers(Set.of(Tag.of("bookkeeping")));

        assertThat(alice.getDirection().activeDirection().orElseThrow().offers()).containsExactly(Tag.of("sourdough"));
        assertThat(bob.getDirection().activeDirection().orElseThrow().offers()).containsExactly(Tag.of("bookkeeping"));

        Backup backup = bob.exportBackup().exportBackup();
        assertThat(backup.directions()).singleElement()
                .satisfies(d -> assertThat(d.offers()).containsExactly(Tag.of("sourdough")));
        assertThat(backup.budget()).contains(Budget.of(4, Money.parse("100")));
        assertThat(backup.people()).extracting(TeammateLimits::name).containsExactly("Alice", "Bob");
        assertThat(backup.people().get(1).offers()).contains(Set.of(Tag.of("bookkeeping")));
    }
}
