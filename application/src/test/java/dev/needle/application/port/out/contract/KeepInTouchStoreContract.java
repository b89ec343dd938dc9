package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.SentReminders;
import dev.needle.domain.Cadence;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.LastTouch;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeepInTouchStore} and {@link SentReminders} adapter must do. The stores come from
 * the same database as {@link #db}, so settings can point at saved contacts and read their interactions.
 */
public abstract class KeepInTouchStoreContract extends StoreContract {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 18);

    /** The keep-in-touch store of the database {@link #stores()} opened last. */
    protected abstract KeepInTouchStore keepInTouch();

    /** The sent-reminders store of the database {@link #stores()} opened last. */
    protected abstract SentReminders sentReminders();

    private Interaction logged(Contact who, LocalDate on, Channel channel) {
        return db.interactions().add(new Interaction(newInteractionId(), who.id(), on, channel, 10, 0, Expenses.NONE, "",
                Set.of()));
    }

    @Test
    void settingsAreReadBackAndReplacedWhole() {
        Contact ana = savedContact("Ana Lima");
        KeepInTouch six = new KeepInTouch(ana.id(), Optional.of(Cadence.parse("6w")), Optional.of(DAY.plusDays(3)), DAY);

        keepInTouch().save(six);
        assertThat(keepInTouch().find(ana.id())).contains(six);

        KeepInTouch none = new KeepInTouch(ana.id(), Optional.of(Cadence.NONE), Optional.empty(), DAY);
        keepInTouch().save(none);
        assertThat(keepInTouch().find(ana.id())).contains(none);
        assertThat(keepInTouch().findAll()).containsOnlyKeys(ana.id());
    }

    @Test
    void blankSettingsAreTheSameAsNone() {
        Contact ana = savedContact("Ana Lima");
        keepInTouch().save(new KeepInTouch(ana.id(), Optional.of(Cadence.parse("monthly")), Optional.empty(), DAY));

        keepInTouch().save(KeepInTouch.none(ana.id(), DAY));

        assertThat(keepInTouch().find(ana.id())).isEmpty();
        assertThat(keepInTouch().findAll()).isEmpty();
    }

    @Test
    void aPersonsSettingsGoWithThemWhenTheyAreDeleted() {
        Contact ana = savedContact("Ana Lima");
        keepInTouch().save(new KeepInTouch(ana.id(), Optional.of(Cadence.parse("2w")), Optional.empty(), DAY));

        db.contacts().delete(ana.id());

        assertThat(keepInTouch().find(ana.id())).isEmpty();
    }

    @Test
    void tagDefaultsAreSetReplacedAndRemoved() {
        TagCadence mentors = new TagCadence(Tag.of("Mentors"), Cadence.parse("2m"), DAY);
        keepInTouch().saveTagDefault(mentors);
        keepInTouch().saveTagDefault(new TagCadence(Tag.of("former colleagues"), Cadence.parse("quarterly"), DAY));
        TagCadence oftener = new TagCadence(Tag.of("mentors"), Cadence.parse("1m"), DAY);

        keepInTouch().saveTagDefault(oftener);

        assertThat(keepInTouch().tagDefaults()).containsExactly(
                new TagCadence(Tag.of("former colleagues"), Cadence.parse("3m"), DAY), oftener);
        assertThat(keepInTouch().removeTagDefault(Tag.of("MENTORS"))).isTrue();
        assertThat(keepInTouch().removeTagDefault(Tag.of("mentors"))).isFalse();
        assertThat(keepInTouch().tagDefaults()).extracting(TagCadence::tag).containsExactly(Tag.of("former colleagues"));
    }

    @Test
    void theLastTouchIsEachPersonsLatestInteractionOfAnyKind() {
        Contact ana = savedContact("Ana Lima");
        Contact bo = savedContact("Bo Chen");
        savedContact("Cy Park");
        logged(ana, DAY.minusDays(30), Channel.COFFEE);
        logged(ana, DAY.minusDays(2), Channel.EMAIL);
        logged(ana, DAY.minusDays(9), Channel.CALL);
        logged(bo, DAY.minusDays(5), Channel.CALL);
        logged(bo, DAY.minusDays(5), Channel.MESSAGE); // the later id wins a tie on the day

        assertThat(keepInTouch().lastTouches()).containsOnly(
                java.util.Map.entry(ana.id(), new LastTouch(ana.id(), DAY.minusDays(2), Channel.EMAIL)),
                java.util.Map.entry(bo.id(), new LastTouch(bo.id(), DAY.minusDays(5), Channel.MESSAGE)));
    }

    @Test
    void sentRemindersAreKeptPerDayAndEarlierDaysForgotten() {
        sentReminders().record(DAY, List.of("follow-up:1:2026-03-18", "touch:2:2026-03-10"));
        sentReminders().record(DAY, List.of("touch:2:2026-03-10", "meeting:3:2026-03-19T09:00"));
        assertThat(sentReminders().sentOn(DAY))
                .containsExactlyInAnyOrder("follow-up:1:2026-03-18", "touch:2:2026-03-10", "meeting:3:2026-03-19T09:00");
        assertThat(sentReminders().sentOn(DAY.plusDays(1))).isEmpty();

        sentReminders().record(DAY.plusDays(1), List.of("touch:2:2026-03-10"));

        assertThat(sentReminders().sentOn(DAY)).isEmpty();
        assertThat(sentReminders().sentOn(DAY.plusDays(1))).containsExactly("touch:2:2026-03-10");
    }

    @Test
    void everyChangeMovesTheStoreWideCounterSoOtherSessionsSeeIt() {
        Contact ana = savedContact("Ana Lima");
        long before = db.changes().current();
        keepInTouch().save(new KeepInTouch(ana.id(), Optional.of(Cadence.parse("1w")), Optional.empty(), DAY));
        long afterSave = db.changes().current();
        keepInTouch().saveTagDefault(new TagCadence(Tag.of("mentors"), Cadence.parse("2m"), DAY));

        assertThat(afterSave).isNotEqualTo(before);
        assertThat(db.changes().current()).isNotEqualTo(afterSave);
    }

    @Test
    void aRolledBackChangeLeavesNoSettingBehind() {
        Contact ana = savedContact("Ana Lima");
        try {
            db.transactions().run(() -> {
                keepInTouch().save(new KeepInTouch(ana.id(), Optional.of(Cadence.parse("1w")), Optional.empty(), DAY));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the unit of work failed as planned
        }

        assertThat(keepInTouch().find(ana.id())).isEmpty();
    }
}
