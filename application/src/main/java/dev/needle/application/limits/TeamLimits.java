package dev.needle.application.limits;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Budget;
import dev.needle.domain.Direction;
import dev.needle.domain.PersonalLimits;
import dev.needle.domain.Tag;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads and sets each teammate's offers and weekly hours over the team's stores. The direction's
 * offers and the budget's hours always mirror the founder's, so what a database held before it had
 * a team, older backups and a single person's screens all keep meaning the same thing.
 */
public final class TeamLimits {
    private final PersonalLimitsStore own;
    private final DirectionStore directions;
    private final BudgetStore budget;
    private final Supplier<Team> team;
    private final Transactions transactions;

    /** Over the stores themselves (never the per-person views of {@link #directionsOf} and {@link #budgetOf}). */
    public TeamLimits(PersonalLimitsStore own, DirectionStore directions, BudgetStore budget, Supplier<Team> team,
                      Transactions transactions) {
        this.transactions = transactions;
        this.own = own;
        this.directions = directions;
        this.budget = budget;
        this.team = team;
    }

    /** One person's database before teams: everyone is the founder and nothing is set per person. */
    public static TeamLimits alone(DirectionStore directions, BudgetStore budget) {
        return new TeamLimits(new PersonalLimitsStore() {
            @Override
            public List<dev.needle.domain.OwnLimits> findAll() {
                return List.of();
            }

            @Override
            public void save(dev.needle.domain.OwnLimits limits) {
                // Nobody but the founder: the direction and the budget hold it all.
            }
        }, directions, budget, () -> Team.EMPTY, new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        });
    }

    /** Stands for whoever acts on a database nobody has joined yet: there everyone is the founder. */
    private static final Teammate NOBODY_YET = new Teammate(new TeammateId(Long.MAX_VALUE), "Me", LocalDate.EPOCH);

    /**
     * Who acts, for reading: on a database nobody has joined yet, asking {@code person} could write
     * them in (a read command must not write), and anyone there is the founder anyway.
     */
    public Teammate whoActs(Supplier<Teammate> person) {
        return team.get().isEmpty() ? NOBODY_YET : person.get();
    }

    /** {@code acting} for reading, as {@link #whoActs} says. */
    public ActingPerson readingAs(ActingPerson acting) {
        return () -> whoActs(acting::person);
    }

    public PersonalLimits read() {
        return new PersonalLimits(team.get(), own.findAll(),
                directions.active().map(Direction::offers).orElse(Set.of()), budget.get());
    }

    public Set<Tag> offersOf(Teammate person) {
        return read().offersOf(person);
    }

    /** What {@code person} offers, given the active direction's (the founder's) offers already read. */
    Set<Tag> offersOf(Teammate person, Set<Tag> directionOffers) {
        return new PersonalLimits(team.get(), own.findAll(), directionOffers, Optional.empty()).offersOf(person);
    }

    public Optional<Budget> budgetOf(Teammate person) {
        // The budget screen and Today's line read this often: the direction plays no part in it.
        return new PersonalLimits(team.get(), own.findAll(), Set.of(), budget.get()).budgetOf(person);
    }

    /** Sets what {@code person} can offer; the founder's go to the active direction too. */
    public void setOffers(Teammate person, Set<Tag> offers) {
        transactions.run(() -> {
            PersonalLimits limits = read();
            own.save(limits.ownOf(person).withOffers(offers));
            if (limits.isFounder(person)) {
                directions.active().filter(d -> !d.offers().equals(Set.copyOf(offers)))
                        .ifPresent(d -> directions.save(new Direction(d.id(), d.kind(), d.statement(), offers,
                                d.since(), d.archivedOn(), d.version())));
            }
        });
    }

    /** Sets {@code person}'s weekly hours and the team's money; the founder's hours are the team's too. */
    public void setBudget(Teammate person, Budget wanted) {
        transactions.run(() -> {
            PersonalLimits limits = read();
            own.save(limits.ownOf(person).withWeeklyMinutes(wanted.weeklyMinutes()));
            Optional<Budget> before = budget.get();
            int teamHours = limits.isFounder(person) || before.isEmpty() ? wanted.weeklyMinutes()
                    : before.get().weeklyMinutes();
            budget.set(new Budget(teamHours, wanted.monthlyMoney()));
        });
    }

    /**
     * The direction as it is saved: its offers are the founder's, whoever saves it, so a newcomer's
     * new direction never hands the founder the newcomer's offers. Before a newcomer's first save the
     * founder's offers are written down as their own, as the direction they came from is archived.
     */
    Direction asStored(Direction direction, Teammate savedBy) {
        PersonalLimits limits = read();
        if (limits.isFounder(savedBy)) {
            return direction;
        }
        Teammate founder = founderOr(savedBy);
        if (limits.ownOf(founder).offers().isEmpty()) {
            own.save(limits.ownOf(founder).withOffers(limits.offersOf(founder)));
        }
        return new Direction(direction.id(), direction.kind(), direction.statement(), limits.offersOf(founder),
                direction.since(), direction.archivedOn(), direction.version());
    }

    private Teammate founderOr(Teammate person) {
        return team.get().founder().orElse(person);
    }

    /** The direction store as {@code person} sees it: the team's direction with their own offers. */
    public DirectionStore directionsOf(Supplier<Teammate> person) {
        return new PersonalDirections(directions, this, person);
    }

    /** The budget store as {@code person} sees it: their weekly hours, the team's money. */
    public BudgetStore budgetOf(Supplier<Teammate> person) {
        return new PersonalBudget(this, person);
    }

    void saveOwnOffers(Teammate person, Set<Tag> offers) {
        own.save(read().ownOf(person).withOffers(offers));
    }
}
