package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The keep-in-touch rule: cadence, tag defaults, the reset by any interaction, and snoozing. */
class TouchRulePropertyTest {
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);
    private static final Tag MENTORS = Tag.of("mentors");
    private static final Tag FORMER = Tag.of("former colleagues");

    private static Contact person(Set<Tag> offers) {
        return Contact.capture(new ContactId(1), "Ana Lima").edit().offers(offers).build();
    }

    @Provide
    Arbitrary<Cadence> cadences() {
        return Combinators.combine(Arbitraries.integers().between(1, 120), Arbitraries.of(Cadence.Unit.class))
                .as(Cadence::every);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3000).map(EPOCH::plusDays);
    }

    @Property
    void dueExactlyWhenTheCadenceHasPassedSinceTheLastInteraction(@ForAll("cadences") Cadence cadence,
                                                                    @ForAll("dates") LocalDate last,
                                                                    @ForAll Channel channel) {
        Contact ana = person(Set.of());
        KeepInTouch own = KeepInTouch.none(ana.id(), EPOCH).every(Optional.of(cadence));

        TouchDue due = TouchRule.dueOf(ana, Optional.of(own), List.of(), Optional.of(new LastTouch(ana.id(), last, channel)))
                .orElseThrow();

        assertThat(due.dueOn()).isEqualTo(cadence.after(last));
        assertThat(due.isDueBy(due.dueOn().minusDays(1))).isFalse();
        assertThat(due.isDueBy(due.dueOn())).isTrue();
    }

    @Property
    void anyLaterInteractionPushesTheDueDateOut(@ForAll("cadences") Cadence cadence, @ForAll("dates") LocalDate first,
                                               @ForAll @IntRange(min = 1, max = 400) int daysLater,
                                               @ForAll Channel channel) {
        Contact ana = person(Set.of(MENTORS));
        List<TagCadence> defaults = List.of(new TagCadence(MENTORS, cadence, EPOCH));
        LocalDate before = TouchRule.dueOf(ana, Optional.empty(), defaults,
                Optional.of(new LastTouch(ana.id(), first, Channel.EMAIL))).orElseThrow().dueOn();

        LocalDate after = TouchRule.dueOf(ana, Optional.empty(), defaults,
                Optional.of(new LastTouch(ana.id(), first.plusDays(daysLater), channel))).orElseThrow().dueOn();

        assertThat(after).isAfterOrEqualTo(before).isEqualTo(cadence.after(first.plusDays(daysLater)));
    }

    @Property
    void theContactsOwnCadenceWinsOverEveryTagDefault(@ForAll("cadences") Cadence own, @ForAll("cadences") Cadence mentors,
                                                     @ForAll("cadences") Cadence former, @ForAll("dates") LocalDate last) {
        Contact ana = person(Set.of(MENTORS, FORMER));
        KeepInTouch settings = KeepInTouch.none(ana.id(), EPOCH).every(Optional.of(own));

        TouchDue due = TouchRule.dueOf(ana, Optional.of(settings),
                List.of(new TagCadence(MENTORS, mentors, EPOCH), new TagCadence(FORMER, former, EPOCH)),
                Optional.of(new LastTouch(ana.id(), last, Channel.CALL))).orElseThrow();

        assertThat(due.cadence()).isEqualTo(own);
        assertThat(due.fromTag()).isEmpty();
    }

    @Property
    void ownNoneMeansNeverDueWhateverTheTagsSay(@ForAll("cadences") Cadence mentors, @ForAll("dates") LocalDate since) {
        Contact ana = person(Set.of(MENTORS));
        KeepInTouch settings = KeepInTouch.none(ana.id(), since).every(Optional.of(Cadence.NONE));

        assertThat(TouchRule.dueOf(ana, Optional.of(settings), List.of(new TagCadence(MENTORS, mentors, since)),
                Optional.empty())).isEmpty();
    }

    @Property
    void withoutAnOwnCadenceTheMostFrequentTagDefaultApplies(@ForAll("cadences") Cadence mentors,
                                                            @ForAll("cadences") Cadence former) {
        Contact ana = person(Set.of(MENTORS, FORMER));

        TouchDue due = TouchRule.dueOf(ana, Optional.empty(),
                List.of(new TagCadence(MENTORS, mentors, EPOCH), new TagCadence(FORMER, former, EPOCH)), Optional.empty())
                .orElseThrow();

        assertThat(due.cadence().roughDays()).isEqualTo(Math.min(mentors.roughDays(), former.roughDays()));
        assertThat(due.fromTag()).isPresent();
    }

    @Property
    void aTagDefaultAppliesHoweverThePersonsTagIsTyped(@ForAll("cadences") Cadence mentors, @ForAll("dates") LocalDate since) {
        Contact ana = person(Set.of(Tag.of("Mentors")));
        List<TagCadence> defaults = List.of(new TagCadence(Tag.of("MENTORS"), mentors, since));

        assertThat(TouchRule.dueOf(ana, Optional.empty(), defaults, Optional.empty())).get()
                .satisfies(due -> assertThat(due.cadence()).isEqualTo(mentors));
        assertThat(TouchRule.anyTagDefaultFor(ana.offers(), ana.lookingFor(), defaults)).isTrue();
    }

    @Property
    void snoozingNeverBringsTheDueDateEarlier(@ForAll("cadences") Cadence cadence, @ForAll("dates") LocalDate last,
                                             @ForAll("dates") LocalDate today, @ForAll @IntRange(min = 1, max = 90) int days,
                                             @ForAll @IntRange(min = 1, max = 90) int secondDays) {
        Contact ana = person(Set.of());
        KeepInTouch settings = KeepInTouch.none(ana.id(), EPOCH).every(Optional.of(cadence));
        Optional<LastTouch> touch = Optional.of(new LastTouch(ana.id(), last, Channel.MESSAGE));
        LocalDate before = TouchRule.dueOf(ana, Optional.of(settings), List.of(), touch).orElseThrow().dueOn();

        KeepInTouch once = settings.snoozed(today, before, days);
        LocalDate snoozed = TouchRule.dueOf(ana, Optional.of(once), List.of(), touch).orElseThrow().dueOn();
        KeepInTouch twice = once.snoozed(today, snoozed, secondDays);
        LocalDate again = TouchRule.dueOf(ana, Optional.of(twice), List.of(), touch).orElseThrow().dueOn();

        assertThat(snoozed).isAfter(before).isAfter(today);
        assertThat(again).isAfter(snoozed);
    }

    @Property
    void closedContactsAreNeverDue(@ForAll("cadences") Cadence cadence, @ForAll("dates") LocalDate last) {
        Contact closed = person(Set.of()).closeKindly("Thanks, all the best.", last);
        KeepInTouch settings = KeepInTouch.none(closed.id(), EPOCH).every(Optional.of(cadence));

        assertThat(TouchRule.dueOf(closed, Optional.of(settings), List.of(), Optional.empty())).isEmpty();
    }

    @Property
    void aCadenceReadsBackFromItsCodeAndItsLabel(@ForAll("cadences") Cadence cadence) {
        assertThat(Cadence.parse(cadence.code())).isEqualTo(cadence);
        assertThat(Cadence.parse(cadence.label())).isEqualTo(cadence);
    }

    @Property
    void withNoInteractionItCountsFromTheDayTheyWereMet(@ForAll("cadences") Cadence cadence, @ForAll("dates") LocalDate met) {
        Contact ana = person(Set.of()).edit().origin(new Origin(Optional.empty(), "fair", Optional.of(met), Optional.empty()))
                .build();
        KeepInTouch settings = KeepInTouch.none(ana.id(), met.plusDays(500)).every(Optional.of(cadence));

        assertThat(TouchRule.dueOf(ana, Optional.of(settings), List.of(), Optional.empty()).orElseThrow().dueOn())
                .isEqualTo(cadence.after(met));
    }

    @net.jqwik.api.Example
    void whatPeopleTypeIsRead() {
        assertThat(Cadence.parse("6w")).isEqualTo(Cadence.every(6, Cadence.Unit.WEEKS));
        assertThat(Cadence.parse("every 6 weeks")).isEqualTo(Cadence.every(6, Cadence.Unit.WEEKS));
        assertThat(Cadence.parse("Monthly")).isEqualTo(Cadence.every(1, Cadence.Unit.MONTHS));
        assertThat(Cadence.parse("every week")).isEqualTo(Cadence.every(1, Cadence.Unit.WEEKS));
        assertThat(Cadence.parse("2y")).isEqualTo(Cadence.every(24, Cadence.Unit.MONTHS));
        assertThat(Cadence.parse("none")).isEqualTo(Cadence.NONE);
        assertThatThrownBy(() -> Cadence.parse("sometimes")).hasMessageContaining("\"sometimes\" is not a cadence");
        assertThatThrownBy(() -> Cadence.parse("0w")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Cadence.parse("6")).hasMessageContaining("not a cadence");
    }
}
