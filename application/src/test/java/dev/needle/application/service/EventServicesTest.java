package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.application.NotFoundException;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Target;
import dev.needle.domain.triage.Helper;
import dev.needle.domain.triage.PrepSheet;
import dev.needle.domain.triage.TriageSettings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventServicesTest {
    private final Fakes fakes = new Fakes();
    private final PlanEventService plan = new PlanEventService(fakes.events, fakes.ids);

    @Test
    void aNewEventGetsItsOwnIdAndEventsListByDate() {
        Event later = plan.saveEvent(Event.plan(new EventId(1), "Fintech breakfast", Fakes.TODAY.plusDays(9), "Hub"));
        Event sooner = plan.saveEvent(Event.plan(new EventId(1), "UX meetup", Fakes.TODAY.plusDays(2), "Library"));

        assertThat(later.id()).isNotEqualTo(sooner.id());
        assertThat(plan.listEvents()).extracting(Event::name).containsExactly("UX meetup", "Fintech breakfast");
    }

    @Test
    void editingAnEventNeedsTheCurrentVersion() {
        Event meetup = plan.saveEvent(Event.plan(new EventId(1), "UX meetup", Fakes.TODAY, "Library"));
        Event moved = plan.saveEvent(new Event(meetup.id(), meetup.name(), meetup.date(), EventTime.ALL_DAY, "Town hall", "", Set.of(),
                meetup.version()));

        assertThat(plan.listEvents()).extracting(Event::place).containsExactly("Town hall");
        assertThatThrownBy(() -> plan.saveEvent(meetup.withVersion(meetup.version()))).isInstanceOf(EditConflictException.class);
        assertThat(moved.version()).isEqualTo(meetup.version() + 1);
    }

    @Test
    void thePrepSheetListsActiveNeedsWithWhoCanHelpThoseExpectedFirst() {
        Contact ana = fakes.contacts.save(Contact.capture(new ContactId(1), "Ana").edit().company("Acme").build());
        Contact bo = fakes.contacts.save(Contact.capture(new ContactId(2), "Bo").edit().company("Acme Corp").build());
        fakes.needs.save(Need.open(new NeedId(10), "intro to Acme", NeedKind.INTRODUCTION, List.of(Target.company("Acme")), 1));
        fakes.needs.save(Need.open(new NeedId(11), "old idea", NeedKind.OTHER, List.of(), 2).drop());
        Event meetup = fakes.events.save(new Event(new EventId(5), "Meetup", Fakes.TODAY, EventTime.ALL_DAY, "", "", Set.of(bo.id()), 0));

        PrepSheet sheet = new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, TriageSettings.defaults())
                .prepare(meetup.id());

        assertThat(sheet.items()).extracting(item -> item.need().title()).containsExactly("intro to Acme");
        assertThat(sheet.items().get(0).helpers()).extracting(h -> h.contact().name()).containsExactly("Bo", "Ana");
        assertThat(sheet.items().get(0).question()).contains("Acme");
    }

    @Test
    void eachPersonSaysHowYouKnowThemAndWhoYouMetAtTheLastEditionMayBeThere() {
        // "Legal Tech Porto #3" last month: the people met there may well come to the fourth.
        Event third = fakes.events.save(new Event(new EventId(5), "Legal Tech Porto #3", Fakes.TODAY.minusDays(30),
                EventTime.ALL_DAY, "", "", Set.of(), 0));
        Contact ana = fakes.contacts.save(Contact.capture(new ContactId(1), "Ana Lima").edit().company("Acme").build());
        Contact rita = fakes.contacts.save(Contact.capture(new ContactId(2), "Rita Sousa").edit().company("Acme")
                .origin(new dev.needle.domain.Origin(java.util.Optional.of(third.id()), "", java.util.Optional.of(third.date()),
                        java.util.Optional.of(ana.id()))).build());
        fakes.contacts.save(Contact.capture(new ContactId(3), "Cy Park").edit().company("Globex")
                .origin(dev.needle.domain.Origin.atEvent(third.id(), third.date())).build());
        fakes.interactions.add(new dev.needle.domain.Interaction(new dev.needle.domain.InteractionId(1), rita.id(),
                Fakes.TODAY.minusDays(20), dev.needle.domain.Channel.COFFEE, 45, 0, null, "", Set.of()));
        fakes.needs.save(Need.open(new NeedId(10), "intro to Acme", NeedKind.INTRODUCTION, List.of(Target.company("Acme")), 1));
        Event fourth = fakes.events.save(new Event(new EventId(6), "Legal Tech Porto #4", Fakes.TODAY, EventTime.ALL_DAY, "",
                "", Set.of(ana.id()), 0));

        PrepSheet sheet = new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, TriageSettings.defaults(), null,
                fakes.interactions).prepare(fourth.id());

        assertThat(sheet.toTalkTo()).extracting(p -> p.contact().name()).containsExactly("Ana Lima", "Rita Sousa");
        PrepSheet.Person maybe = sheet.toTalkTo().get(1);
        assertThat(maybe.expected()).isFalse();
        assertThat(maybe.knownHow()).isEqualTo("Met at Legal Tech Porto #3 on " + third.date() + ", introduced by Ana Lima;"
                + " last contact " + Fakes.TODAY.minusDays(20) + ".");
        assertThat(sheet.people()).as("Cy, met there too, fits no need and is not expected: no block")
                .extracting(p -> p.contact().name()).doesNotContain("Cy Park");
        assertThat(PrepSheetDocument.markdown(sheet)).contains("### Rita Sousa · Acme (may be there)\n");
    }

    @Test
    void whoWasCapturedAtTheEventItselfCountsAsThereNotAsMayBeThere() {
        // Captured at tonight's meetup in the afternoon, Ana read "may be there" on its own sheet.
        Event tonight = fakes.events.save(new Event(new EventId(6), "Legal Tech Porto #4", Fakes.TODAY, EventTime.ALL_DAY, "",
                "", Set.of(), 0));
        fakes.contacts.save(Contact.capture(new ContactId(1), "Ana Lima").edit().company("Acme")
                .origin(dev.needle.domain.Origin.atEvent(tonight.id(), tonight.date())).build());
        fakes.needs.save(Need.open(new NeedId(10), "intro to Acme", NeedKind.INTRODUCTION, List.of(Target.company("Acme")), 1));

        PrepSheet sheet = new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, TriageSettings.defaults())
                .prepare(tonight.id());

        assertThat(sheet.toTalkTo()).singleElement().satisfies(p -> {
            assertThat(p.expected()).isTrue();
            assertThat(p.knownHow()).isEqualTo("Met at Legal Tech Porto #4 on " + Fakes.TODAY + ".");
        });
    }

    @Test
    void aBusinessPrepSheetOffersAsABusinessAndNamesItsCandidates() {
        fakes.directions.save(dev.needle.domain.Direction.start(new dev.needle.domain.DirectionId(1),
                dev.needle.domain.DirectionKind.BUSINESS, "Grow the wholesale line",
                Set.of(dev.needle.domain.Tag.of("wholesale pastry")), Fakes.TODAY));
        Contact ana = fakes.contacts.save(Contact.capture(new ContactId(1), "Ana Lima").edit().role("Pastry Chef").build());
        fakes.needs.save(Need.open(new NeedId(10), "Hire a pastry chef", NeedKind.HIRE, List.of(Target.role("Pastry Chef")), 1));
        Event fair = fakes.events.save(new Event(new EventId(5), "Food fair", Fakes.TODAY, EventTime.ALL_DAY, "", "", Set.of(ana.id()), 0));

        PrepSheet sheet = new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, TriageSettings.defaults(),
                fakes.directions).prepare(fair.id());

        assertThat(sheet.offerHeading()).isEqualTo("What your business can offer");
        assertThat(sheet.youCanOffer()).first().asString().startsWith("Your business offers wholesale pastry");
        assertThat(sheet.items().get(0).helpersHeading()).isEqualTo("Candidates");
        assertThat(PrepSheetDocument.markdown(sheet)).contains("## What your business can offer")
                .contains("Your business offers wholesale pastry: mention it to the people you meet.");
    }

    @Test
    void whatYouOfferKeepsTheNamesItHolds() {
        // Walked by hand: "Your business offers a zürich supplier list, sourdough know-how".
        fakes.directions.save(dev.needle.domain.Direction.start(new dev.needle.domain.DirectionId(1),
                dev.needle.domain.DirectionKind.BUSINESS, "Open a second bakery in Graz",
                Set.of(dev.needle.domain.Tag.of("Sourdough know-how"), dev.needle.domain.Tag.of("a Zürich supplier list")),
                Fakes.TODAY));
        Event fair = fakes.events.save(new Event(new EventId(5), "Food fair", Fakes.TODAY, EventTime.ALL_DAY, "", "", Set.of(), 0));

        PrepSheet sheet = new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, TriageSettings.defaults(),
                fakes.directions).prepare(fair.id());

        assertThat(sheet.youCanOffer()).first().asString()
                .isEqualTo("Your business offers a Zürich supplier list, sourdough know-how: mention it to the people you meet.");
    }

    @Test
    void helpersForANeedAreRankedWithReasons() {
        fakes.contacts.save(Contact.capture(new ContactId(1), "Ana").edit().company("Acme").build());
        fakes.contacts.save(Contact.capture(new ContactId(2), "Cy").edit().company("Globex").build());
        fakes.needs.save(Need.open(new NeedId(10), "intro to Acme", NeedKind.INTRODUCTION, List.of(Target.company("Acme")), 1));
        FindHelpersService helpers = new FindHelpersService(fakes.needs, fakes.contacts, TriageSettings.defaults());

        List<Helper> found = helpers.helpersFor(new NeedId(10));

        assertThat(found).extracting(h -> h.contact().name()).containsExactly("Ana");
        assertThat(found.get(0).reasons()).anySatisfy(r -> assertThat(r).contains("works at Acme"));
        assertThatThrownBy(() -> helpers.helpersFor(new NeedId(99))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, TriageSettings.defaults())
                .prepare(new EventId(99))).isInstanceOf(NotFoundException.class);
    }
}
