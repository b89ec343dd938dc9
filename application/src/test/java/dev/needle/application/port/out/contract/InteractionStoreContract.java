package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedCost;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.InteractionStore} adapter must do. */
public abstract class InteractionStoreContract extends StoreContract {
    private static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);

    private NeedId savedNeed(String title) {
        return db.needs().save(Need.open(newNeedId(), title, NeedKind.LEADS, List.of(), 1)).id();
    }

    @Test
    void aContactWithoutInteractionsHasNone() {
        assertThat(db.interactions().findByContact(savedContact("Quiet Person").id())).isEmpty();
        assertThat(db.interactions().findFrom(LocalDate.MIN)).isEmpty();
        assertThat(db.interactions().spentPerNeed()).isEmpty();
    }

    @Test
    void anAddedInteractionRoundTripsWithItsCostsAndTheNeedsItAdvanced() {
        ContactId zoe = savedContact("Zoë").id();
        Interaction coffee = Samples.coffee(newInteractionId(), zoe, APRIL_1, Set.of(savedNeed("leads"), savedNeed("intro")));

        Interaction added = db.interactions().add(coffee);

        assertThat(added).isEqualTo(coffee);
        assertThat(db.interactions().findByContact(zoe)).containsExactly(coffee);
        assertThat(db.interactions().findByContact(zoe).get(0).expenses().total().cents()).isEqualTo(1685);
    }

    @Test
    void everyChannelRoundTrips() {
        ContactId zoe = savedContact("Zoë").id();
        for (Channel channel : Channel.values()) {
            int travel = channel.isFaceToFace() ? 15 : 0;
            db.interactions().add(new Interaction(newInteractionId(), zoe, APRIL_1, channel, 30, travel, Expenses.NONE, "", Set.of()));
        }

        assertThat(db.interactions().findByContact(zoe)).extracting(Interaction::channel)
                .containsExactlyInAnyOrder(Channel.values());
    }

    @Test
    void findByContactListsOnlyThatContactsInteractionsNewestFirst() {
        ContactId zoe = savedContact("Zoë").id();
        ContactId other = savedContact("Other").id();
        Interaction middle = db.interactions().add(Samples.call(newInteractionId(), zoe, APRIL_1));
        Interaction newest = db.interactions().add(Samples.call(newInteractionId(), zoe, APRIL_1.plusMonths(2)));
        Interaction oldest = db.interactions().add(Samples.call(newInteractionId(), zoe, APRIL_1.minusYears(1)));
        db.interactions().add(Samples.call(newInteractionId(), other, APRIL_1));

        assertThat(db.interactions().findByContact(zoe)).containsExactly(newest, middle, oldest);
    }

    @Test
    void findFromIncludesThatDayAndListsOldestFirstAcrossContacts() {
        ContactId zoe = savedContact("Zoë").id();
        ContactId ada = savedContact("Ada").id();
        db.interactions().add(Samples.call(newInteractionId(), zoe, APRIL_1.minusDays(1)));
        Interaction later = db.interactions().add(Samples.call(newInteractionId(), ada, APRIL_1.plusDays(6)));
        Interaction onTheDay = db.interactions().add(Samples.call(newInteractionId(), zoe, APRIL_1));

        assertThat(db.interactions().findFrom(APRIL_1)).containsExactly(onTheDay, later);
        assertThat(db.interactions().findFrom(APRIL_1.plusDays(7))).isEmpty();
    }

    @Test
    void spentPerNeedCountsEachInteractionInFullForEveryNeedItAdvancedAndItsExpensesOnce() {
        ContactId zoe = savedContact("Zoë").id();
        NeedId leads = savedNeed("leads");
        NeedId intro = savedNeed("intro");
        NeedId untouched = savedNeed("never advanced");
        // 75 minutes and 16.85 in three expense rows, advancing both needs.
        db.interactions().add(Samples.coffee(newInteractionId(), zoe, APRIL_1, Set.of(leads, intro)));
        db.interactions().add(new Interaction(newInteractionId(), zoe, APRIL_1.minusYears(3), Channel.VIDEO, 40, 0,
                Expenses.NONE, "", Set.of(leads)));
        db.interactions().add(Samples.call(newInteractionId(), zoe, APRIL_1));

        Map<NeedId, NeedCost.Tally> spent = db.interactions().spentPerNeed();

        assertThat(spent).containsOnlyKeys(leads, intro).doesNotContainKey(untouched);
        assertThat(spent.get(leads)).isEqualTo(new NeedCost.Tally(2, 115, Money.ofCents(1685)));
        assertThat(spent.get(intro)).isEqualTo(new NeedCost.Tally(1, 75, Money.ofCents(1685)));
    }

    @Test
    void spentPerNeedAgreesWithTheDomainsTallyOfTheWholeLogAndForgetsDeletedInteractions() {
        ContactId zoe = savedContact("Zoë").id();
        NeedId leads = savedNeed("leads");
        Interaction mistake = db.interactions().add(Samples.coffee(newInteractionId(), zoe, APRIL_1, Set.of(leads)));
        db.interactions().add(new Interaction(newInteractionId(), zoe, APRIL_1, Channel.IN_PERSON, 60, 20,
                Expenses.of(ExpenseKind.GAS, Money.ofCents(900)), "", Set.of(leads)));
        db.interactions().delete(mistake.id());

        assertThat(db.interactions().spentPerNeed())
                .isEqualTo(NeedCost.Tally.perNeed(db.interactions().findFrom(LocalDate.of(1900, 1, 1))))
                .containsEntry(leads, new NeedCost.Tally(1, 80, Money.ofCents(900)));
    }

    @Test
    void deleteSaysWhetherTheInteractionExisted() {
        ContactId zoe = savedContact("Zoë").id();
        Interaction mistake = db.interactions().add(Samples.call(newInteractionId(), zoe, APRIL_1));
        Interaction kept = db.interactions().add(Samples.call(newInteractionId(), zoe, APRIL_1.plusDays(1)));

        assertThat(db.interactions().delete(mistake.id())).isTrue();
        assertThat(db.interactions().delete(mistake.id())).isFalse();
        assertThat(db.interactions().findByContact(zoe)).containsExactly(kept);
        assertThat(db.interactions().findFrom(APRIL_1)).containsExactly(kept);
    }
}
