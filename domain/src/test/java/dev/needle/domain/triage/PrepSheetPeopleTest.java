package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Needs.need;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walking into "Porto Legal Tech" with four people expected, the sheet says whom to ask what: a block per
 * person with the needs they fit and the questions worded for them, the people to greet, and what to ask
 * strangers. It listed questions per need and left the matching to the user.
 */
class PrepSheetPeopleTest {
    private final HelperRanking ranking = new HelperRanking(TriageSettings.defaults());
    private final Need sonae = need(1, "Intro to Sonae legal").kind(NeedKind.INTRODUCTION).company("Sonae")
            .role("in-house counsel").build();
    private final Need legalOps = need(2, "What legal ops looks like").kind(NeedKind.INFORMATIONAL_INTERVIEW)
            .role("legal operations manager").build();
    private final Need pitch = need(3, "Feedback on my CLM pitch").kind(NeedKind.FEEDBACK)
            .topic("contract lifecycle management").build();
    private final Need recruiter = need(4, "A recruiter for legal roles").kind(NeedKind.OTHER).role("legal recruiter").build();
    private final Contact rita = contact("Rita Sousa").at("Sonae").as("Senior Legal Counsel")
            .offering("contract lifecycle management").lookingFor("SQL tutoring").rapport(5).build();
    private final Contact joao = contact("João Pereira").at("Farfetch").as("Legal Operations Manager")
            .stage(Stage.RELATIONSHIP).build();
    private final Contact ben = contact("Ben Okafor").at("Bluebird").as("Designer").build();
    private final Contact dana = contact("Dana Ortiz").at("Sonae").as("Procurement").rapport(5).stage(Stage.RELATIONSHIP)
            .build();

    private static Event meetup(Contact... expected) {
        return new Event(new EventId(21), "Porto Legal Tech #4", LocalDate.of(2026, 12, 17), EventTime.read("19:00"),
                "UPTEC", "", Stream.of(expected).map(Contact::id).collect(Collectors.toSet()), 0);
    }

    private PrepSheet sheet(Event event, Set<ContactId> likely, List<Contact> contacts) {
        return PrepSheet.build(event, List.of(sonae, legalOps, pitch, recruiter), contacts, ranking,
                Set.of(Tag.of("SQL tutoring")), likely, c -> Acquaintance.UNKNOWN);
    }

    @Test
    void eachPersonExpectedGetsABlockWithTheNeedsTheyFitAndQuestionsWordedForThem() {
        PrepSheet sheet = sheet(meetup(rita, joao, ben), Set.of(), List.of(rita, joao, ben, dana));

        assertThat(sheet.toTalkTo()).extracting(p -> p.contact().name()).as("most help first")
                .containsExactly("Rita Sousa", "João Pereira");
        PrepSheet.Person first = sheet.toTalkTo().get(0);
        assertThat(first.who()).isEqualTo("Rita Sousa · Senior Legal Counsel, Sonae");
        assertThat(first.fitLines()).containsExactly("Fits need 1, Intro to Sonae legal: works at Sonae.",
                "Fits need 3, Feedback on my CLM pitch: offers contract lifecycle management.");
        assertThat(first.questions()).containsExactly(
                "Rita, do you know an in-house counsel at Sonae who would take a short call with me?",
                "Rita, would you give me honest feedback on my contract lifecycle management?");
        assertThat(first.theyLookFor()).containsExactly("Rita looks for SQL tutoring: you can help.");
        assertThat(first.knownHow()).isEqualTo("You hit it off.");
        PrepSheet.Person second = sheet.toTalkTo().get(1);
        assertThat(second.questions()).containsExactly(
                "João, what does your work as a legal operations manager really look like day to day?");
        assertThat(second.knownHow()).isEqualTo("An established relationship.");
    }

    @Test
    void whoFitsNoNeedIsListedToGreetAndTheNeedsNobodyThereFitsAreForStrangers() {
        PrepSheet sheet = sheet(meetup(rita, joao, ben), Set.of(), List.of(rita, joao, ben, dana));

        assertThat(sheet.toGreet()).extracting(PrepSheet.Person::who).containsExactly("Ben Okafor · Designer, Bluebird");
        assertThat(sheet.forStrangers()).extracting(PrepSheet.Item::question)
                .containsExactly("Do you know a legal recruiter who could help me?");
        // Dana is not expected: she is named by need, for after the event; Rita is not named twice.
        assertThat(sheet.othersByNeed()).singleElement().satisfies(item -> {
            assertThat(item.need()).isEqualTo(sonae);
            assertThat(item.helpers()).extracting(h -> h.contact().name()).containsExactly("Dana Ortiz");
            assertThat(item.helpers().get(0).reasons()).containsExactly("works at Sonae");
        });
    }

    @Test
    void twoQuestionsAPersonAndANeedLeftUnaskedGoesToStrangers() {
        Contact insider = contact("Ines Lopes").at("Sonae").as("Legal Operations Manager")
                .offering("contract lifecycle management").build();

        PrepSheet sheet = sheet(meetup(insider), Set.of(), List.of(insider));

        assertThat(sheet.toTalkTo().get(0).fits()).hasSize(3);
        assertThat(sheet.toTalkTo().get(0).questions()).hasSize(PrepSheet.ASKS_PER_PERSON).containsExactly(
                "Ines, do you know an in-house counsel at Sonae who would take a short call with me?",
                "Ines, what does your work as a legal operations manager really look like day to day?");
        assertThat(sheet.forStrangers()).extracting(i -> i.need().priority()).containsExactly(3, 4);
    }

    @Test
    void needsAPersonFitsForTheSameReasonShareALine() {
        Need hire = need(2, "Someone from Sonae").kind(NeedKind.HIRE).company("Sonae").build();
        PrepSheet sheet = PrepSheet.build(meetup(dana), List.of(sonae, hire), List.of(dana), ranking);

        assertThat(sheet.toTalkTo().get(0).fitLines()).containsExactly("Fits needs 1 and 2: works at Sonae.");
    }

    @Test
    void someoneYouKnowWhoMayBeThereHasABlockOnlyWhenThereIsSomethingToTalkAbout() {
        PrepSheet sheet = sheet(meetup(ben), Set.of(dana.id(), joao.id(), rita.id()), List.of(ben, dana, joao, rita));

        assertThat(sheet.toTalkTo()).extracting(p -> p.contact().name()).contains("Dana Ortiz");
        assertThat(sheet.toTalkTo()).allMatch(p -> !p.expected());
        assertThat(sheet.toGreet()).extracting(p -> p.contact().name()).containsExactly("Ben Okafor");

        Contact stranger = contact("Sam Reyes").at("Bluebird").build();
        PrepSheet none = sheet(meetup(), Set.of(stranger.id()), List.of(stranger));
        assertThat(none.people()).isEmpty();
    }

    @Test
    void someoneAtTheNeedsCompanyIsAskedWhoThereAndABusinessAsksAsABusiness() {
        Need intro = need(1, "Intro to XYZ").kind(NeedKind.INTRODUCTION).company("XYZ Corp").build();
        Need leads = need(2, "Office lunch orders").kind(NeedKind.LEADS).role("Office Manager").build();
        Contact priya = contact("Priya Shah").at("XYZ Corp").as("Office Manager").build();

        PrepSheet sheet = PrepSheet.build(meetup(priya), List.of(intro, leads), List.of(priya), ranking)
                .forDirection(DirectionKind.BUSINESS);

        assertThat(sheet.toTalkTo().get(0).questions()).containsExactly(
                "Priya, who at XYZ Corp would take a short call with me?",
                "Priya, could what we offer be useful to you, or to office managers you know?");
    }

    @Test
    void howYouKnowThemSaysWhereYouMetWhoIntroducedYouAndTheLastContact() {
        Acquaintance known = new Acquaintance(Optional.of("Porto Legal Tech #3"), Optional.of(LocalDate.of(2026, 11, 12)),
                Optional.of("Ana Lima"), Optional.of(LocalDate.of(2026, 11, 20)));
        PrepSheet sheet = PrepSheet.build(meetup(joao), List.of(legalOps), List.of(joao), ranking, Set.of(), Set.of(),
                c -> known);

        assertThat(sheet.people().get(0).knownHow()).isEqualTo("Met at Porto Legal Tech #3 on 2026-11-12, introduced by"
                + " Ana Lima; last contact 2026-11-20; an established relationship.");
        assertThat(new Acquaintance(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 20))).said()).isEqualTo("Last contact 2026-11-20");
    }

    @Test
    void thePersonIsAskedAboutTheTargetTheyMatchNotTheNeedsFirst() {
        // Walked on bench's book: an engineer who fit "company:Aramco, role:engineer" by the role was asked
        // "Ana, what is it really like to work at Aramco?".
        Need aramco = need(1, "informational interview 1").kind(NeedKind.INFORMATIONAL_INTERVIEW).company("Aramco")
                .role("Engineer").build();
        Contact ana = contact("Ana Ribeiro").at("Infosys").as("Engineer").build();
        Contact ben = contact("Ben Okafor").at("Aramco").as("Designer").build();

        PrepSheet sheet = PrepSheet.build(meetup(ana, ben), List.of(aramco), List.of(ana, ben), ranking);

        assertThat(sheet.people()).extracting(p -> p.questions().get(0)).containsExactlyInAnyOrder(
                "Ana, what does your work as an engineer really look like day to day?",
                "Ben, what is it really like to work at Aramco?");
    }

    @Test
    void onlyTheFewWhoMayBeThereAndCanHelpMostGetABlock() {
        List<Contact> regulars = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            regulars.add(contact("Regular " + i).at("Sonae").build());
        }
        PrepSheet sheet = sheet(meetup(ben), regulars.stream().map(Contact::id).collect(Collectors.toSet()),
                Stream.concat(regulars.stream(), Stream.of(ben)).toList());

        assertThat(sheet.toTalkTo()).hasSize(PrepSheet.MAY_BE_THERE_AT_MOST).hasSize(5);
        assertThat(sheet.toGreet()).extracting(p -> p.contact().name()).containsExactly("Ben Okafor");
    }
}
