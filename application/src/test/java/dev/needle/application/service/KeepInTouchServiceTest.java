package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.UndoLog;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Setting cadences for people and tags, snoozing, the needs a person serves, and undo. */
class KeepInTouchServiceTest {
    private final Fakes fakes = new Fakes();
    private final KeepInTouchService keep = new KeepInTouchService(fakes.keepInTouch, fakes.contacts, fakes.clock,
            fakes.transactions);
    private final ListDueService due = new ListDueService(fakes.keepInTouch, fakes.contacts, fakes.needs, fakes.clock);
    private final RevertService revert = new RevertService(fakes.contacts, fakes.needs, fakes.requests, fakes.events,
            fakes.interactions, fakes.budget, fakes.keepInTouch, new DeleteContactService(fakes.contacts,
            fakes.interactions, fakes.requests, fakes.keepInTouch, fakes.privateNotes, fakes.transactions), fakes.privateNotes,
            fakes.transactions);
    private final Contact ana = fakes.contacts.save(Contact.capture(new ContactId(1), "Ana Lima").edit()
            .offers(Set.of(Tag.of("mentors"), Tag.of("market research"))).build());

    @Test
    void aTagDefaultMakesItsPeopleDueAndTheirOwnCadenceOverridesIt() {
        keep.setTagDefault(Tag.of("mentors"), Optional.of(Cadence.parse("1w")));
        fakes.clock.setToday(Fakes.TODAY.plusWeeks(1));
        assertThat(due.due(0).people()).singleElement().satisfies(p -> assertThat(p.touch().source()).isEqualTo("tag mentors"));

        keep.setCadence(ana.id(), Optional.of(Cadence.parse("none")));

        assertThat(due.due(0).people()).isEmpty();
    }

    @Test
    void snoozingMovesTheDueDateFromTodayWhenOverdue() {
        keep.setCadence(ana.id(), Optional.of(Cadence.parse("1w")));
        fakes.clock.setToday(Fakes.TODAY.plusDays(30));

        keep.snooze(ana.id(), 7);

        assertThat(keep.status(ana.id()).due().orElseThrow().dueOn()).isEqualTo(Fakes.TODAY.plusDays(37));
        assertThat(due.due(6).people()).isEmpty();
    }

    @Test
    void someoneWithoutACadenceCannotBeSnoozed() {
        assertThatThrownBy(() -> keep.snooze(ana.id(), 7)).hasMessage("Ana Lima has no keep-in-touch cadence to snooze.");
    }

    @Test
    void theDueListNamesTheOpenNeedsThePersonServes() {
        fakes.needs.save(Need.open(new NeedId(50), "Validate the pricing", NeedKind.FEEDBACK,
                List.of(new Target(TargetKind.TOPIC, "market research")), 1));
        keep.setCadence(ana.id(), Optional.of(Cadence.parse("1w")));
        fakes.clock.setToday(Fakes.TODAY.plusWeeks(2));

        assertThat(due.due(0).people()).singleElement().satisfies(p -> {
            assertThat(p.serves()).extracting(Need::title).containsExactly("Validate the pricing");
            assertThat(p.daysOverdue()).isEqualTo(7);
        });
    }

    @Test
    void aCadenceChangeIsUndoneAndRedone() {
        KeepInTouch before = keep.status(ana.id()).settings();
        KeepInTouch after = keep.setCadence(ana.id(), Optional.of(Cadence.parse("6w")));
        UndoLog undo = new UndoLog();
        undo.record("cadence of Ana Lima", List.of(new RecordChange.KeepInTouchSet("Ana Lima", before, after)));

        assertThat(undo.undo(revert, false)).isInstanceOf(UndoLog.Outcome.Done.class);
        assertThat(fakes.keepInTouch.find(ana.id())).isEmpty();

        assertThat(undo.redo(revert, false)).isInstanceOf(UndoLog.Outcome.Done.class);
        assertThat(fakes.keepInTouch.find(ana.id()).flatMap(KeepInTouch::own)).contains(Cadence.parse("6w"));
    }

    @Test
    void undoStopsWhenAnotherSessionChangedTheCadenceSince() {
        KeepInTouch before = keep.status(ana.id()).settings();
        KeepInTouch after = keep.setCadence(ana.id(), Optional.of(Cadence.parse("6w")));
        UndoLog undo = new UndoLog();
        undo.record("cadence of Ana Lima", List.of(new RecordChange.KeepInTouchSet("Ana Lima", before, after)));
        keep.setCadence(ana.id(), Optional.of(Cadence.parse("monthly"))); // the other session

        // The cadence this session set is gone: nothing of its own is left to undo.
        assertThat(undo.undo(revert, false)).isInstanceOf(UndoLog.Outcome.Superseded.class);
        assertThat(fakes.keepInTouch.find(ana.id()).flatMap(KeepInTouch::own)).contains(Cadence.parse("monthly"));
    }
}
