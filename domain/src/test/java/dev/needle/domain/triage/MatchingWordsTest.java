package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Needs.need;
import static dev.needle.domain.triage.Cases.request;
import static dev.needle.domain.triage.Cases.spent;
import static dev.needle.domain.triage.Cases.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Initiator;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15, section 3: matching that does not fool itself. */
class MatchingWordsTest {

    @Test
    void artIsNotAnArticledClerk() {
        Contact clerk = contact("Ola Berg").as("Articled Clerk").build();
        Need art = need(1, "art world contacts").kind(NeedKind.INTRODUCTION).topic("art").build();
        assertThat(Target.topic("art").isMatchedBy(clerk)).isFalse();
        Verdict v = verdict(request(clerk, Initiator.THEM, Channel.COFFEE, "", 15, "6"), clerk, List.of(art), Set.of(),
                List.of(), spent(0, "0"), null);
        assertThat(v.recommendation()).isNotEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(v.fit()).isZero();
    }

    @Test
    void aShopOwnerIsNotOfferedToSomeoneLookingForOwnBrandLabels() {
        Contact buyer = contact("Rui Patrício").at("Mercado Bom Sucesso").as("head buyer")
                .lookingFor("a designer for their own-brand jam labels").rapport(4).build();
        Contact printer = contact("Inês Albuquerque-Sá").at("Tipografia do Porto").as("Owner").build();
        Verdict v = verdict(request(buyer, Initiator.THEM, Channel.VIDEO, "", 0, "0"), buyer, List.of(), Set.of(),
                List.of(buyer, printer), spent(0, "0"), null);
        assertThat(v.suggestedMessage()).doesNotContain("Inês");
        assertThat(v.reasons()).extracting(Reason::text).noneMatch(text -> text.contains("Inês"));
        assertThat(Tag.of("Owner").matches(Tag.of("a designer for their own-brand jam labels"))).isFalse();
        assertThat(Tag.of("Owner").matches(Tag.of("introductions to a shop owner"))).isTrue();
    }

    /** A short word's plural is still the word: a hiring manager offering to read CVs fits a need for CV feedback. */
    @Test
    void someoneOfferingToReadCvsFitsANeedForCvFeedbackAndIsNotDeclined() {
        Contact manager = contact("Priya Raghunathan").at("Carbonfold").as("Head of Data Hiring")
                .offering("a critical read of CVs").build();
        Need cv = need(2, "Get my CV critiqued by a hiring manager in climate tech").kind(NeedKind.FEEDBACK)
                .topic("CV").build();
        assertThat(Target.topic("CV").isMatchedBy(manager)).isTrue();
        assertThat(Tag.of("API reviews").matches(Tag.of("API"))).isTrue();
        Verdict v = verdict(request(manager, Initiator.THEM, Channel.COFFEE, "", 15, "6"), manager, List.of(cv), Set.of(),
                List.of(), spent(0, "0"), null);
        assertThat(v.fit()).isPositive();
        assertThat(v.recommendation()).isNotEqualTo(Recommendation.DECLINE_KINDLY);
    }

    @Test
    void stemsStillMatch() {
        assertThat(Target.role("ux design").isMatchedBy(contact("A").as("UX Designer").build())).isTrue();
        assertThat(Target.topic("engineering").isMatchedBy(contact("B").as("Software Engineer").build())).isTrue();
        assertThat(Tag.of("an accountant").matches(Tag.of("introductions to our accountant"))).isTrue();
        assertThat(Tag.of("accounting").matches(Tag.of("accountant"))).isTrue();
    }

    @Test
    void aSupplierOfferingExactlyTheNeedsTopicIsWorthMeetingEvenAtModestRapport() {
        Contact supplier = contact("Rita Gomez").at("BoxCo").offering("packaging").rapport(2).build();
        Need vendor = need(1, "a packaging vendor").kind(NeedKind.VENDOR_PARTNER).topic("packaging").build();
        Verdict v = verdict(request(supplier, Initiator.THEM, Channel.COFFEE, "", 15, "6"), supplier, List.of(vendor),
                Set.of(), List.of(), spent(0, "0"), null);
        assertThat(v.fit()).isEqualTo(80);
        assertThat(v.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(v.suggestedMessage()).contains("I am looking for a vendor or partner for packaging");
    }

    @Test
    void aCompanyWithItsOfficeMatchesTheNeedsCompany() {
        Contact lee = contact("Lee Park").at("XYZ Corp, Denver office").build();
        Need xyz = need(1, "A connection to XYZ").kind(NeedKind.INTRODUCTION).company("XYZ Corp").build();
        Verdict v = verdict(request(lee, Initiator.THEM, Channel.COFFEE, "", 15, "6"), lee, List.of(xyz), Set.of(),
                List.of(), spent(0, "0"), null);
        assertThat(v.fit()).isEqualTo(100);
        assertThat(v.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
    }
}
