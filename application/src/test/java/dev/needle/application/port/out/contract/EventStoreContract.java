package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.EventStore} adapter must do. */
public abstract class EventStoreContract extends StoreContract {

    private Event planned(String name, LocalDate date) {
        return Event.plan(newEventId(), name, date, "Stockholm");
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(db.events().find(newEventId())).isEmpty();
        assertThat(db.events().findAll()).isEmpty();
    }

    @Test
    void theEventsBetweenTwoDaysAreFoundWithTheirGuestsInCalendarOrder() {
        ContactId guest = savedContact("Guest").id();
        Event before = db.events().save(planned("Before", LocalDate.of(2026, 12, 6)));
        Event evening = db.events().save(planned("Evening", LocalDate.of(2026, 12, 7)).at(EventTime.read("19:00")));
        Event morning = db.events().save(planned("Morning", LocalDate.of(2026, 12, 7)).at(EventTime.read("8am")));
        Event last = db.events().save(planned("Last day", LocalDate.of(2026, 12, 14)).expecting(guest));
        Event after = db.events().save(planned("After", LocalDate.of(2026, 12, 15)).expecting(guest));

        List<Event> found = db.events().findBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14));

        assertThat(found).containsExactly(morning, evening, last);
        assertThat(found.get(2).expected()).containsExactly(guest);
        assertThat(found).doesNotContain(before, after);
    }

    @Test
    void aSavedEventIsFoundAgainWithVersionOne() {
        Event saved = db.events().save(planned("Data Breakfast", LocalDate.of(2025, 5, 20)));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(db.events().find(saved.id())).contains(saved);
    }

    @Test
    void everyFieldRoundTripsIncludingWhoIsExpected() {
        Set<ContactId> expected = IntStream.range(0, 12).mapToObj(i -> savedContact("Guest " + i).id()).collect(Collectors.toSet());
        Event full = new Event(newEventId(), "Nordic Tech Meetup — 北欧 🎤", LocalDate.of(2024, 2, 29),
                EventTime.read("19:00-21:30"), "Kulturhuset, Sergels torg", Samples.TRICKY_TEXT, expected, 0);

        Event saved = db.events().save(full);

        assertThat(saved).isEqualTo(full.withVersion(1));
        assertThat(db.events().find(full.id())).contains(saved);
    }

    @Test
    void anEventWithoutPlaceOrGuestsRoundTrips() {
        Event bare = Event.plan(newEventId(), "Somewhere", LocalDate.of(2025, 1, 1), "");

        db.events().save(bare);

        assertThat(db.events().find(bare.id())).contains(bare.withVersion(1));
    }

    @Test
    void aStartWithoutAnEndAndAnEndPastMidnightRoundTrip() {
        Event meetup = Event.plan(newEventId(), "UX Lyon Meetup #42", LocalDate.of(2026, 12, 17), "La Cordée")
                .at(EventTime.read("19:00"));
        Event party = Event.plan(newEventId(), "Launch party", LocalDate.of(2026, 12, 18), "")
                .at(EventTime.read("22:00-1:00"));

        db.events().save(meetup);
        db.events().save(party);

        assertThat(db.events().find(meetup.id())).contains(meetup.withVersion(1));
        assertThat(db.events().find(party.id())).contains(party.withVersion(1));
    }

    @Test
    void aTimeCanBeTakenAwayAgain() {
        Event saved = db.events().save(planned("Data Breakfast", LocalDate.of(2025, 5, 20)).at(EventTime.read("8am")));

        Event allDay = db.events().save(saved.at(EventTime.ALL_DAY));

        assertThat(db.events().find(saved.id())).contains(allDay);
        assertThat(allDay.time().isAllDay()).isTrue();
    }

    @Test
    void findAllListsADaysEventsAllDayFirstThenByTime() {
        List<EventId> ids = IntStream.range(0, 4).mapToObj(i -> newEventId()).sorted().toList();
        LocalDate day = LocalDate.of(2025, 5, 1);
        db.events().save(Event.plan(ids.get(0), "evening", day, "").at(EventTime.read("19:00")));
        db.events().save(Event.plan(ids.get(1), "morning", day, "").at(EventTime.read("8:30")));
        db.events().save(Event.plan(ids.get(2), "all day", day, ""));
        db.events().save(Event.plan(ids.get(3), "next day, early", day.plusDays(1), "").at(EventTime.read("6am")));

        assertThat(db.events().findAll()).extracting(Event::name)
                .containsExactly("all day", "morning", "evening", "next day, early");
    }

    @Test
    void findAllListsEventsByDateThenId() {
        List<EventId> ids = IntStream.range(0, 4).mapToObj(i -> newEventId()).sorted().toList();
        LocalDate may = LocalDate.of(2025, 5, 1);
        db.events().save(Event.plan(ids.get(0), "late", may.plusDays(9), ""));
        db.events().save(Event.plan(ids.get(3), "same day, higher id", may, ""));
        db.events().save(Event.plan(ids.get(1), "early", may.minusYears(1), ""));
        db.events().save(Event.plan(ids.get(2), "same day, lower id", may, ""));

        assertThat(db.events().findAll()).extracting(Event::name)
                .containsExactly("early", "same day, lower id", "same day, higher id", "late");
    }

    @Test
    void anUpdateWithTheCurrentVersionIsStoredAndCountsUp() {
        Event saved = db.events().save(planned("Data Breakfast", LocalDate.of(2025, 5, 20)));
        ContactId guest = savedContact("Guest").id();

        Event updated = db.events().save(new Event(saved.id(), saved.name(), saved.date().plusDays(1), EventTime.ALL_DAY, "Göteborg",
                "moved", Set.of(guest), saved.version()));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(db.events().find(saved.id())).contains(updated);
    }

    @Test
    void aSaveWithAStaleVersionIsRefusedAndTheStoredEventIsUnchanged() {
        Event readBySessionA = db.events().save(planned("Data Breakfast", LocalDate.of(2025, 5, 20)));
        Event savedBySessionB = db.events().save(Event.plan(readBySessionA.id(), "Data Lunch", readBySessionA.date(), "")
                .withVersion(readBySessionA.version()));

        assertThatThrownBy(() -> db.events().save(Event.plan(readBySessionA.id(), "Data Dinner", readBySessionA.date(), "")
                .withVersion(readBySessionA.version()))).isInstanceOf(EditConflictException.class);

        assertThat(db.events().find(readBySessionA.id())).contains(savedBySessionB);
    }

    @Test
    void updatingAnEventThatIsNotStoredIsRefused() {
        Event neverSaved = planned("Ghost Gala", LocalDate.of(2025, 5, 20)).withVersion(1);

        assertThatThrownBy(() -> db.events().save(neverSaved)).isInstanceOf(EditConflictException.class);
        assertThat(db.events().find(neverSaved.id())).isEmpty();
    }

    @Test
    void deleteSaysWhetherTheEventExisted() {
        Event saved = db.events().save(planned("Data Breakfast", LocalDate.of(2025, 5, 20)));
        Event kept = db.events().save(planned("Data Lunch", LocalDate.of(2025, 5, 21)));

        assertThat(db.events().delete(saved.id())).isTrue();
        assertThat(db.events().find(saved.id())).isEmpty();
        assertThat(db.events().delete(saved.id())).isFalse();
        assertThat(db.events().findAll()).containsExactly(kept);
    }
}
