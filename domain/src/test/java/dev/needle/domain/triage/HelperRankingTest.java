package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Needs.need;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.Stage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HelperRankingTest {
    private final HelperRanking ranking = new HelperRanking(TriageSettings.defaults());
    private final Need need = need(1, "way into XYZ").company("XYZ Corp.").role("market research").topic("fintech").build();

    private final Contact insider = contact("Dana").at("xyz inc").build();
    private final Contact warmAnalyst = contact("Ben").as("Market Research Lead").rapport(4).build();
    private final Contact researcher = contact("Cleo").offering("market research").build();
    private final Contact oldFriend = contact("Ari").offering("fintech").stage(Stage.RELATIONSHIP).build();
    private final Contact stranger = contact("Zed").at("Globex").build();

    @Test
    void ranksByStrongestTargetPlusRapportAndRelationship() {
        List<Helper> helpers = ranking.rank(need, List.of(oldFriend, stranger, researcher, warmAnalyst, insider));
        assertThat(helpers).extracting(Helper::contact).containsExactly(insider, warmAnalyst, researcher, oldFriend);
        assertThat(helpers).extracting(Helper::score).containsExactly(100, 95, 80, 70);
    }

    @Test
    void saysWhyEachHelperCanHelp() {
        List<Helper> helpers = ranking.rank(need, List.of(insider, warmAnalyst, researcher, oldFriend));
        assertThat(helpers).extracting(Helper::reasons).containsExactly(
                List.of("works at xyz inc"),
                List.of("is a market research lead", "you hit it off (rapport 4/5)"),
                List.of("offers market research"),
                List.of("offers fintech", "an established relationship"));
    }

    @Test
    void theStrongestOfSeveralMatchedTargetsCountsOnce() {
        Contact both = contact("Eve").at("XYZ").as("Market Research Manager").build();
        Helper helper = ranking.rank(need, List.of(both)).get(0);
        assertThat(helper.score()).isEqualTo(100);
        assertThat(helper.reasons()).containsExactly("works at XYZ", "is a market research manager");
    }

    @Test
    void oneOfferMatchingTwoTopicsIsSaidOnce() {
        // The need's page listed "offers risograph printing" twice, once per topic it matched.
        Need printer = need(1, "A print partner in Porto").topic("printing").topic("Porto").topic("risograph").build();
        Contact ana = contact("Ana Luísa Carvalho").at("Gráfica Norte (Porto)").offering("risograph printing").build();
        assertThat(ranking.rank(printer, List.of(ana)).get(0).reasons())
                .containsExactly("offers risograph printing", "works at Gráfica Norte (Porto)");
    }

    @Test
    void someoneWhoOffersAWayIntoTheCompanyCanHelpToo() {
        // Rita offered "intro to Sonae legal" and was not among those who could help with an intro at Sonae;
        // the counsel at "Sonae SGPS" was, but only as someone who "works in in-house counsel".
        Need sonae = need(1, "An intro to the in-house counsel at Sonae").company("Sonae").role("in-house counsel").build();
        Contact rita = contact("Rita Magalhães").at("Lexis Traduções").offering("intro to Sonae legal").build();
        Contact joao = contact("João Azevedo").at("Sonae SGPS").as("In-House Counsel").build();
        Contact other = contact("Zé").offering("Sonata arrangements").build();
        List<Helper> helpers = ranking.rank(sonae, List.of(other, rita, joao));
        assertThat(helpers).extracting(Helper::contact).containsExactly(joao, rita);
        assertThat(helpers).extracting(Helper::reasons).containsExactly(
                List.of("works at Sonae SGPS", "is an in-house counsel"),
                List.of("offers intro to Sonae legal"));
        assertThat(sonae.namesTheCompanyOf(joao)).isTrue();
        assertThat(sonae.namesTheCompanyOf(rita)).isFalse();
    }

    @Test
    void aRoleWithAHeadlineAfterItIsSaidByItsJobTitle() {
        // LinkedIn's "Lead Data Engineer | We're hiring!" read "works in lead Data Engineer | We're hiring!".
        Need lead = need(1, "Talk to a data lead").topic("data lead").build();
        Contact ahmed = contact("Ahmed El-Sayed").at("1KOMMA5°").as("Lead Data Engineer | We're hiring!").build();
        assertThat(ranking.rank(lead, List.of(ahmed)).get(0).reasons()).containsExactly("is a lead data engineer");
    }

    @Test
    void aRoleThatLeadsSomethingIsSaidAsWhoTheyAre() {
        // "Head of Data" read "works in head of data" on the prep sheet.
        Need data = need(1, "Talk to a data lead").topic("data").build();
        Contact head = contact("Katrin").at("Enpal").as("Head of Data").build();
        Contact vp = contact("Bo").at("Tibber").as("VP of Data Platforms").build();
        Contact team = contact("Ida").at("Enpal").as("Data").build();

        List<Helper> helpers = ranking.rank(data, List.of(head, vp, team));

        assertThat(helpers).filteredOn(h -> h.contact() == head).singleElement()
                .satisfies(h -> assertThat(h.reasons()).contains("is head of data"));
        assertThat(helpers).filteredOn(h -> h.contact() == vp).singleElement()
                .satisfies(h -> assertThat(h.reasons()).contains("is a VP of data platforms"));
        assertThat(helpers).filteredOn(h -> h.contact() == team).singleElement()
                .satisfies(h -> assertThat(h.reasons()).contains("works in data"));
    }

    @Test
    void closedContactsAreLeftOut() {
        Contact closedInsider = contact("Olga").at("XYZ").closed().build();
        assertThat(ranking.rank(need, List.of(closedInsider, insider))).extracting(Helper::contact).containsExactly(insider);
    }

    @Test
    void peopleWhoWillBeThereAreMarkedAndWinTies() {
        Contact zoe = contact("Zoe").at("XYZ").build();
        Contact adam = contact("Adam").at("XYZ").build();
        List<Helper> helpers = ranking.rank(need, List.of(adam, zoe), Set.of(zoe.id()));
        assertThat(helpers).extracting(Helper::contact).containsExactly(zoe, adam);
        assertThat(helpers.get(0).reasons()).first().isEqualTo("will be there");
        assertThat(helpers.get(1).reasons()).doesNotContain("will be there");
    }

    @Test
    void beingThereDoesNotOutrankABetterHelper() {
        Contact there = contact("Abe").offering("fintech").build();
        List<Helper> helpers = ranking.rank(need, List.of(there, insider), Set.of(there.id()));
        assertThat(helpers).extracting(Helper::contact).containsExactly(insider, there);
    }

    @Test
    void equalScoresFollowTheNameThenTheId() {
        Contact second = contact("Bo").id(2).at("XYZ").build();
        Contact first = contact("Bo").id(1).at("XYZ").build();
        Contact al = contact("Al").id(3).at("XYZ").build();
        assertThat(ranking.rank(need, List.of(second, first, al))).extracting(Helper::contact).containsExactly(al, first, second);
    }
}
