package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.OwnLimits;
import dev.needle.domain.Tag;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link PersonalLimitsStore} adapter must do. */
public abstract class PersonalLimitsStoreContract extends StoreContract {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    /** The team store of the database {@link #stores()} opened last. */
    protected abstract TeamStore team();

    /** The limits store of the database {@link #stores()} opened last. */
    protected abstract PersonalLimitsStore limits();

    private Teammate joined(String name) {
        return team().join(new Teammate(new TeammateId(db.ids().next()), name, DAY));
    }

    @Test
    void nobodyHasSetAnythingInANewDatabase() {
        joined("Alice");

        assertThat(limits().findAll()).isEmpty();
    }

    @Test
    void eachPersonKeepsTheirOwnOffersAndHours() {
        Teammate alice = joined("Alice");
        Teammate bob = joined("Bob");
        OwnLimits alices = OwnLimits.none(alice.id()).withOffers(Set.of(Tag.of("sourdough"), Tag.of("café trays")));
        OwnLimits bobs = OwnLimits.none(bob.id()).withWeeklyMinutes(90);

        limits().save(bobs);
        limits().save(alices);

        assertThat(limits().findAll()).containsExactly(alices, bobs);
    }

    @Test
    void savingAgainReplacesWhatThePersonHad() {
        Teammate bob = joined("Bob");
        limits().save(OwnLimits.none(bob.id()).withOffers(Set.of(Tag.of("tax advice"))).withWeeklyMinutes(120));

        OwnLimits changed = OwnLimits.none(bob.id()).withOffers(Set.of(Tag.of("bookkeeping"))).withWeeklyMinutes(0);
        limits().save(changed);

        assertThat(limits().findAll()).containsExactly(changed);
    }

    @Test
    void offeringNothingIsKeptApartFromNotHavingSaid() {
        Teammate bob = joined("Bob");
        OwnLimits nothing = new OwnLimits(bob.id(), Optional.of(Set.of()), Optional.empty());

        limits().save(nothing);

        assertThat(limits().findAll()).containsExactly(nothing);
    }

    @Test
    void limitsWithNothingSetRemoveTheEntry() {
        Teammate bob = joined("Bob");
        limits().save(OwnLimits.none(bob.id()).withWeeklyMinutes(60));

        limits().save(OwnLimits.none(bob.id()));

        assertThat(limits().findAll()).isEmpty();
    }

    @Test
    void aFailedUnitOfWorkLeavesTheLimitsAsTheyWere() {
        Teammate bob = joined("Bob");
        OwnLimits before = OwnLimits.none(bob.id()).withWeeklyMinutes(60);
        limits().save(before);

        assertThatThrownBy(() -> db.transactions().run(() -> {
            limits().save(OwnLimits.none(bob.id()).withWeeklyMinutes(600));
            throw new IllegalStateException("the rest of the work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(limits().findAll()).containsExactly(before);
    }
}
