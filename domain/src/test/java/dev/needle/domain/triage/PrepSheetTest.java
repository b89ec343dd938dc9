package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Needs.need;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrepSheetTest {
    private final HelperRanking ranking = new HelperRanking(TriageSettings.defaults());
    private final Need intro = need(1, "A connection to XYZ").kind(NeedKind.INTRODUCTION).company("XYZ Corp.").build();
    private final Need interview = need(2, "informational interview in market research")
            .kind(NeedKind.INFORMATIONAL_INTERVIEW).role("market research").build();
    private final Need met = need(3, "resume critique").kind(NeedKind.FEEDBACK).role("hiring manager").status(NeedStatus.MET).build();
    private final Need dropped = need(4, "fintech leads").kind(NeedKind.LEADS).topic("fintech").status(NeedStatus.DROPPED).build();
    private final Need inProgress = need(5, "a designer to hire").kind(NeedKind.HIRE).role("ux designer").status(NeedStatus.IN_PROGRESS).build();

    private static Event event(Set<dev.needle.domain.ContactId> expected) {
        return new Event(new EventId(1), "Market Research Meetup", LocalDate.of(2024, 5, 20), EventTime.ALL_DAY, "Hall B", "", expected, 0);
    }

    @Test
    void someoneWhoKnowsATopicIsNamedForWhatTheyOffer() {
        // It read "DI Thomas Öztürk: knows ground-floor shop" and "knows Organic Flour".
        Need shop = need(1, "A shop in Lend").kind(NeedKind.LEADS).topic("ground-floor shop").build();
        Need flour = need(2, "Flour").kind(NeedKind.VENDOR_PARTNER).topic("Organic Flour").build();
        Contact thomas = contact("Thomas Öztürk").offering("ground-floor shop listings").build();
        Contact mia = contact("Mia Berg").offering("organic flour").build();

        PrepSheet sheet = PrepSheet.build(event(Set.of()), List.of(shop, flour), List.of(thomas, mia), ranking);

        assertThat(sheet.items().get(0).helpers().get(0).reasons()).containsExactly("offers ground-floor shop listings");
        assertThat(sheet.items().get(1).helpers().get(0).reasons()).containsExactly("offers organic flour");
    }

    @Test
    void aPlaceThatStartsAnOfferKeepsItsCapital() {
        // It read "You offer contract review, intro to Porto founders, porto startups" and "offers porto startups".
        Need scene = need(1, "Startup scene").kind(NeedKind.LEADS).topic("startups").build();
        Contact rui = contact("Rui Costa").at("Startup Porto").offering("Porto startups").build();

        PrepSheet sheet = PrepSheet.build(event(Set.of()), List.of(scene), List.of(rui), ranking,
                dev.needle.domain.Contacts.tags("Porto startups", "intro to Porto founders", "Contract review"));

        assertThat(sheet.youCanOffer()).first().asString()
                .startsWith("You offer contract review, intro to Porto founders, Porto startups:");
        assertThat(sheet.items().get(0).helpers().get(0).reasons()).containsExactly("offers Porto startups");
    }

    @Test
    void aBusinessAsksAboutOurPricingAndWhatWeOffer() {
        // A bakery's sheet asked "Would you give me honest feedback on my wholesale pricing?".
        Need pricing = need(1, "Feedback on our pricing").kind(NeedKind.FEEDBACK).topic("wholesale pricing").build();
        Need deck = need(2, "pitch deck").kind(NeedKind.FEEDBACK).build();
        Need lunches = need(3, "Office lunch orders").kind(NeedKind.LEADS).role("Office Manager").build();

        PrepSheet bakery = PrepSheet.build(event(Set.of()), List.of(pricing, deck, lunches), List.of(), ranking)
                .forDirection(dev.needle.domain.DirectionKind.BUSINESS);
        PrepSheet search = PrepSheet.build(event(Set.of()), List.of(lunches), List.of(), ranking);

        assertThat(bakery.items()).extracting(PrepSheet.Item::question).containsExactly(
                "Would you give me honest feedback on our wholesale pricing?",
                "Would you give me honest feedback on our pitch deck?",
                "Which office managers do you know who might need what we offer?");
        assertThat(search.items()).extracting(PrepSheet.Item::question)
                .containsExactly("Which office managers do you know who might need what I offer?");
    }

    @Test
    void listsOnlyActiveNeedsByPriorityWithWhatToAsk() {
        PrepSheet sheet = PrepSheet.build(event(Set.of()), List.of(inProgress, dropped, interview, met, intro), List.of(), ranking);
        assertThat(sheet.items()).extracting(PrepSheet.Item::need).containsExactly(intro, interview, inProgress);
        assertThat(sheet.items()).extracting(PrepSheet.Item::question).containsExactly(
                "Who do you know at XYZ Corp. who would take a short call with me?",
                "What does work in market research really look like day to day?",
                "Do you know a UX designer who might be open to a move, or are you looking for something new yourself?");
    }

    @Test
    void marksWhoWillBeThereAndPutsThemFirstOnTies() {
        Contact abe = contact("Abe").at("XYZ").build();
        Contact zoe = contact("Zoe").at("XYZ").build();
        PrepSheet sheet = PrepSheet.build(event(Set.of(zoe.id())), List.of(intro), List.of(abe, zoe), ranking);
        List<Helper> helpers = sheet.items().get(0).helpers();
        assertThat(helpers).extracting(Helper::contact).containsExactly(zoe, abe);
        assertThat(helpers.get(0).reasons()).containsExactly("will be there", "works at XYZ");
    }

    @Test
    void namesAtMostFiveHelpersPerNeed() {
        List<Contact> insiders = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            insiders.add(contact("Insider " + i).at("XYZ").build());
        }
        PrepSheet sheet = PrepSheet.build(event(Set.of()), List.of(intro), insiders, ranking);
        assertThat(sheet.items().get(0).helpers()).hasSize(PrepSheet.HELPERS_PER_NEED).hasSize(5)
                .extracting(h -> h.contact().name()).containsExactly("Insider 0", "Insider 1", "Insider 2", "Insider 3", "Insider 4");
    }

    @Test
    void leavesClosedContactsOffTheSheet() {
        Contact closed = contact("Olga").at("XYZ").closed().build();
        PrepSheet sheet = PrepSheet.build(event(Set.of(closed.id())), List.of(intro), List.of(closed), ranking);
        assertThat(sheet.items().get(0).helpers()).isEmpty();
    }

    @Test
    void aNeedNobodyCanHelpWithStillAppears() {
        PrepSheet sheet = PrepSheet.build(event(Set.of()), List.of(interview), List.of(contact("Zed").at("Globex").build()), ranking);
        assertThat(sheet.items()).singleElement().satisfies(item -> assertThat(item.helpers()).isEmpty());
    }
}
