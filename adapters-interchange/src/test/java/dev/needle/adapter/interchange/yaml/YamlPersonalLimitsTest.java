package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.limits.TeamLimits;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.service.CadenceBackup;
import dev.needle.application.service.ExportBackupService;
import dev.needle.application.service.ImportPlanService;
import dev.needle.application.service.LimitsBackup;
import dev.needle.application.service.LimitsPlan;
import dev.needle.application.service.RestoreBackupService;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Money;
import dev.needle.domain.OwnLimits;
import dev.needle.domain.Tag;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each teammate's own offers and hours in the YAML backup and plan: written, read and restored by name. */
class YamlPersonalLimitsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final NeedleYaml yaml = new NeedleYaml();

    /** A bakery's database: Alice's from the start (her offers are the direction's), Bob joined and set his. */
    private static Fakes bakery() {
        Fakes db = new Fakes();
        db.team.join(new Teammate(new TeammateId(1), "Alice", DAY));
        Teammate bob = db.team.join(new Teammate(new TeammateId(2), "Bob", DAY));
        db.directions.save(Direction.start(new DirectionId(10), DirectionKind.BUSINESS, "A neighbourhood bakery",
                Set.of(Tag.of("sourdough")), DAY));
        db.budget.set(Budget.of(4, Money.parse("100")));
        db.limits.save(OwnLimits.none(bob.id()).withOffers(Set.of(Tag.of("bookkeeping"))).withWeeklyMinutes(100));
        return db;
    }

    private static ExportBackupUseCase export(Fakes db) {
        return LimitsBackup.export(CadenceBackup.export(new ExportBackupService(db.directions, db.needs, db.contacts,
                db.events, db.interactions, db.requests, db.budget, db.transactions), db.keepInTouch, db.transactions),
                db.limits, db.team, db.transactions);
    }

    private static RestoreBackupUseCase restore(Fakes db) {
        return LimitsBackup.restore(CadenceBackup.restore(new RestoreBackupService(db.directions, db.needs, db.contacts,
                db.events, db.interactions, db.requests, db.budget, db.ids, db.transactions), db.keepInTouch,
                db.transactions), db.limits, db.team, db.ids, db.clock, db.transactions);
    }

    private static TeamLimits limits(Fakes db) {
        return new TeamLimits(db.limits, db.directions, db.budget, db.team::team, db.transactions);
    }

    private String written(Backup backup) {
        StringWriter out = new StringWriter();
        yaml.writeBackup(backup, out);
        return out.toString();
    }

    private Backup read(String text) {
        return ((BackupFile) yaml.read("backup.yaml", text.getBytes(StandardCharsets.UTF_8))).backup();
    }

    @Test
    void eachPersonsOffersAndHoursAreBackedUpByNameAndRestoredExactly() {
        String text = written(export(bakery()).exportBackup());
        assertThat(text).contains("people:\n  - name: Alice\n  - name: Bob\n    offers:\n      - bookkeeping\n"
                + "    weekly-minutes: 100\n");

        Fakes again = new Fakes();
        restore(again).restore(read(text), false);

        TeamLimits restored = limits(again);
        Teammate alice = again.team.team().named("Alice").orElseThrow();
        Teammate bob = again.team.team().named("Bob").orElseThrow();
        assertThat(again.team.team().founder()).contains(alice);
        assertThat(restored.offersOf(alice)).containsExactly(Tag.of("sourdough"));
        assertThat(restored.offersOf(bob)).containsExactly(Tag.of("bookkeeping"));
        assertThat(restored.budgetOf(alice)).contains(Budget.of(4, Money.parse("100")));
        assertThat(restored.budgetOf(bob)).contains(new Budget(100, Money.parse("100")));
        assertThat(written(export(again).exportBackup())).isEqualTo(text);
    }

    @Test
    void aBackupFromBeforeTeamsPutsItsOffersAndHoursOnTheFounder() {
        String old = written(export(bakery()).exportBackup().withPeople(java.util.List.of()));
        assertThat(old).doesNotContain("people:");
        Fakes again = new Fakes();
        Teammate carla = again.team.join(new Teammate(new TeammateId(1), "Carla", DAY));

        restore(again).restore(read(old), false);

        assertThat(limits(again).offersOf(carla)).containsExactly(Tag.of("sourdough"));
        assertThat(limits(again).budgetOf(carla)).contains(Budget.of(4, Money.parse("100")));
    }

    @Test
    void aPersonNamedTwiceIsRefusedWithTheName() {
        String text = written(export(bakery()).exportBackup()).replace("  - name: Alice\n", "  - name: BOB\n");

        assertThatThrownBy(() -> read(text)).isInstanceOf(YamlFileException.class)
                .hasMessageContaining("backup.yaml").hasMessageContaining("Bob twice");
    }

    @Test
    void aPlanSetsEachNamedPersonsOwnAndAnOldPlanTheFounders() {
        Fakes db = bakery();
        String plan = "needle: plan\nformat: 1\ndirection:\n  kind: BUSINESS\n  statement: A neighbourhood bakery\n"
                + "  offers: [wedding cakes]\nbudget:\n  weekly-hours: 5\n  monthly-money: 100.00\n"
                + "people:\n  - name: Bob\n    weekly-hours: 1.5\n  - name: Dana\n    offers: [deliveries]\n";
        PlanFile file = (PlanFile) yaml.read("plan.yaml", plan.getBytes(StandardCharsets.UTF_8));

        var report = LimitsPlan.importing(new ImportPlanService(db.directions, db.needs, db.budget, db.ids, db.clock,
                db.transactions), db.limits, db.team, db.ids, db.clock, db.transactions,
                () -> db.team.team().founder().orElseThrow()).importPlan(file.plan(), false);

        TeamLimits limits = limits(db);
        Teammate alice = db.team.team().named("Alice").orElseThrow();
        Teammate bob = db.team.team().named("Bob").orElseThrow();
        Teammate dana = db.team.team().named("Dana").orElseThrow();
        assertThat(limits.offersOf(alice)).containsExactly(Tag.of("wedding cakes"));
        assertThat(limits.budgetOf(alice)).contains(Budget.of(5, Money.parse("100")));
        assertThat(limits.offersOf(bob)).containsExactly(Tag.of("bookkeeping"));
        assertThat(limits.budgetOf(bob)).contains(Budget.of(1.5, Money.parse("100")));
        assertThat(limits.offersOf(dana)).containsExactly(Tag.of("deliveries"));
        assertThat(report.changes()).contains("Bob's weekly hours set to 1.5 h", "Dana joins the team",
                "Dana offers deliveries");
    }

    @Test
    void onAFreshDatabaseWhoeverImportsIsTheFounderNotTheFirstNameInThePlan() {
        Fakes db = new Fakes();
        Teammate carla = new Teammate(new TeammateId(500), "Carla", DAY);
        String plan = "needle: plan\nformat: 1\npeople:\n  - name: Bob\n    weekly-hours: 2\n";
        PlanFile file = (PlanFile) yaml.read("plan.yaml", plan.getBytes(StandardCharsets.UTF_8));

        LimitsPlan.importing(new ImportPlanService(db.directions, db.needs, db.budget, db.ids, db.clock,
                db.transactions), db.limits, db.team, db.ids, db.clock, db.transactions, () -> db.team.join(carla))
                .importPlan(file.plan(), false);

        assertThat(db.team.team().founder()).contains(carla);
        assertThat(db.team.team().named("Bob")).isPresent();
    }
}
