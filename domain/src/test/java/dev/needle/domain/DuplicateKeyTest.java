package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateKeyTest {

    @Test
    void profileUrlsMatchAcrossSchemeWwwHostCaseAndTrailingSlash() {
        assertThat(DuplicateKey.profileUrl("https://www.linkedin.com/in/ana-ruiz/"))
                .isEqualTo(DuplicateKey.profileUrl("http://LinkedIn.COM/in/ana-ruiz"))
                .isEqualTo(DuplicateKey.profileUrl("linkedin.com/in/ana-ruiz#about"));
    }

    @Test
    void theProfilePathKeepsItsMeaning() {
        assertThat(DuplicateKey.profileUrl("https://linkedin.com/in/ana-ruiz"))
                .isNotEqualTo(DuplicateKey.profileUrl("https://linkedin.com/in/ana-ruiz-2"));
    }

    @Test
    void emailsMatchWithoutCaseAndTheReasonShowsTheAddressAsWritten() {
        DuplicateKey key = DuplicateKey.email(" Ana@X.com ");

        assertThat(key).isEqualTo(DuplicateKey.email("ana@x.com"));
        assertThat(key.reason()).isEqualTo("same email Ana@X.com");
    }

    @Test
    void nameAndCompanyNeedBothAndFoldAccentsAndLegalSuffixes() {
        assertThat(DuplicateKey.nameAndCompany("José Ortiz", "Acme Corp.")).isEqualTo(DuplicateKey.nameAndCompany("jose ortiz", "ACME"));
        assertThat(DuplicateKey.nameAndCompany("José Ortiz", "")).isEmpty();
        assertThat(DuplicateKey.nameAndCompany("José Ortiz", "Acme")).isNotEqualTo(DuplicateKey.nameAndCompany("José Ortiz", "Globex"));
    }

    @Test
    void aContactNamedAfterItsCompanyIsFoundByItsEmailOrPhoneButNeverByTheCompanyAlone() {
        Contact desk = Contact.capture(new ContactId(1), "Acme GmbH").edit().company("Acme GmbH")
                .reach(new Reach(List.of("info@acme.example"), List.of("+49 30 1234567"), List.of())).build();
        ContactMatcher matcher = new ContactMatcher(List.of(desk));

        Reach billing = new Reach(List.of("billing@acme.example"), List.of("+49 30 7654321"), List.of());
        Reach deskAgain = new Reach(List.of(), List.of("030 1234567"), List.of());

        assertThat(DuplicateKey.of("Acme GmbH", "Acme GmbH", billing)).noneMatch(k -> k.kind() == DuplicateKey.Kind.NAME_AND_COMPANY);
        assertThat(matcher.find(DuplicateKey.of("Acme GmbH", "Acme", billing))).isEmpty();
        ContactMatcher.Match byPhone = matcher.find(DuplicateKey.of("Acme GmbH", "Acme GmbH", deskAgain)).orElseThrow();
        assertThat(byPhone.contact()).isEqualTo(new ContactId(1));
        assertThat(byPhone.key().reason()).isEqualTo("same phone 030 1234567");
        // A person's phone is no key: colleagues share the office's number.
        assertThat(DuplicateKey.of("Ana Ruiz", "Acme GmbH", deskAgain)).noneMatch(k -> k.kind() == DuplicateKey.Kind.PHONE);
    }

    @Test
    void aMatcherFindsTheStrongestKeyFirst() {
        Contact ana = Contact.capture(new ContactId(1), "Ana").edit().company("Acme").reach(Reach.email("ana@acme.example")).build();
        Contact other = Contact.capture(new ContactId(2), "Bo").edit()
                .reach(new Reach(List.of(), List.of(), List.of("https://bo.example"))).build();
        ContactMatcher matcher = new ContactMatcher(List.of(ana, other));

        ContactMatcher.Match match = matcher.find(List.of(DuplicateKey.profileUrl("https://bo.example/"),
                DuplicateKey.email("ANA@acme.example"))).orElseThrow();

        assertThat(match.contact()).isEqualTo(new ContactId(2));
        assertThat(matcher.find(List.of(DuplicateKey.email("nobody@x.example")))).isEmpty();
    }

    @Test
    void aMergedContactIsFoundByWhatTheMergeAddedAsByWhatItHad() {
        Contact ana = Contact.capture(new ContactId(1), "Ana").edit().reach(Reach.email("ana@home.example")).build();
        Contact merged = ana.edit().company("Acme")
                .reach(new Reach(List.of("ana@home.example", "ana@acme.example"), List.of(), List.of("https://in.example/ana")))
                .build();
        ContactMatcher matcher = new ContactMatcher(List.of(ana));

        matcher.rememberMerge(ana, merged);

        for (List<DuplicateKey> keys : List.of(List.of(DuplicateKey.email("ana@home.example")),
                List.of(DuplicateKey.email("Ana@Acme.example")), List.of(DuplicateKey.profileUrl("in.example/ana/")),
                DuplicateKey.nameAndCompany("ANA", "Acme Inc."))) {
            assertThat(matcher.find(keys)).as("found by %s", keys).map(ContactMatcher.Match::contact).contains(new ContactId(1));
        }
    }

    @Test
    void aCountryLinkedInHostIsTheSameProfileAndOnlyMemberPagesCountAsProfiles() {
        assertThat(DuplicateKey.profileUrl("https://uk.linkedin.com/in/ana-ruiz")).isEqualTo(DuplicateKey.profileUrl("linkedin.com/in/ana-ruiz/"));
        assertThat(DuplicateKey.profileUrl("https://www.linkedin.com/in/ana-ruiz").isLinkedInProfile()).isTrue();
        assertThat(DuplicateKey.profileUrl("https://www.linkedin.com/company/acme").isLinkedInProfile()).isFalse();
        assertThat(DuplicateKey.profileUrl("https://ana.example/in/ana").isLinkedInProfile()).isFalse();
        assertThat(DuplicateKey.email("in@linkedin.com").isLinkedInProfile()).isFalse();
    }

    private static Contact joAtAcme(long id, String... urls) {
        return Contact.capture(new ContactId(id), "Jo Smith").edit().company("Acme")
                .reach(new Reach(List.of(), List.of(), List.of(urls))).build();
    }

    private static List<DuplicateKey> joAtAcmeKeys(String... urls) {
        return DuplicateKey.of("Jo Smith", "Acme", new Reach(List.of(), List.of(), List.of(urls)));
    }

    @Test
    void sameNameAndCompanyWithDifferentLinkedInProfilesAreTwoPeople() {
        ContactMatcher matcher = new ContactMatcher(List.of(joAtAcme(1, "https://linkedin.com/in/jo-smith")));
        List<DuplicateKey> other = joAtAcmeKeys("https://www.linkedin.com/in/jo-smith-42");

        assertThat(matcher.find(other)).isEmpty();
        assertThat(matcher.lookUp(other).namesake()).contains(new ContactId(1));
    }

    @Test
    void sameNameAndCompanyStillMatchWhenEitherSideHasNoLinkedInProfile() {
        ContactMatcher withProfile = new ContactMatcher(List.of(joAtAcme(1, "https://linkedin.com/in/jo-smith")));
        ContactMatcher withoutProfile = new ContactMatcher(List.of(joAtAcme(2, "https://jo.example")));

        assertThat(withProfile.find(joAtAcmeKeys("https://jo.example"))).map(ContactMatcher.Match::contact).contains(new ContactId(1));
        assertThat(withoutProfile.find(joAtAcmeKeys("https://linkedin.com/in/jo-smith"))).map(ContactMatcher.Match::contact)
                .contains(new ContactId(2));
        assertThat(withProfile.lookUp(joAtAcmeKeys("https://jo.example")).namesake()).isEmpty();
    }

    @Test
    void aProfileAddedByAMergeKeepsTheNextNamesakeApart() {
        Contact jo = joAtAcme(1);
        ContactMatcher matcher = new ContactMatcher(List.of(jo));
        matcher.rememberMerge(jo, joAtAcme(1, "https://linkedin.com/in/jo-smith"));

        assertThat(matcher.find(joAtAcmeKeys("https://linkedin.com/in/jo-smith-2"))).isEmpty();
        assertThat(matcher.find(joAtAcmeKeys("https://linkedin.com/in/jo-smith/"))).map(ContactMatcher.Match::contact)
                .contains(new ContactId(1));
    }
    private static Contact joAtAcme(long id, List<String> emails, String... urls) {
        return Contact.capture(new ContactId(id), "Jo Smith").edit().company("Acme")
                .reach(new Reach(emails, List.of(), List.of(urls))).build();
    }

    private static List<DuplicateKey> joAtAcmeKeys(List<String> emails, String... urls) {
        return DuplicateKey.of("Jo Smith", "Acme", new Reach(emails, List.of(), List.of(urls)));
    }

    @Test
    void sameNameAndCompanyWithOtherEmailsAndAProfileOnOneSideOnlyAreTwoPeople() {
        ContactMatcher withProfile = new ContactMatcher(
                List.of(joAtAcme(1, List.of("jo.c@acme.example"), "https://linkedin.com/in/jo-smith")));
        ContactMatcher withoutProfile = new ContactMatcher(List.of(joAtAcme(2, List.of("jo.i@acme.example"))));

        ContactMatcher.Lookup lookup = withProfile.lookUp(joAtAcmeKeys(List.of("jo.i@acme.example", "jo@mail.example")));
        assertThat(lookup.match()).isEmpty();
        assertThat(lookup.namesake()).contains(new ContactId(1));
        assertThat(lookup.apart()).contains(ContactMatcher.Apart.OTHER_EMAILS);
        assertThat(withoutProfile.find(joAtAcmeKeys(List.of("jo.c@acme.example"), "https://linkedin.com/in/jo-smith")))
                .isEmpty();
    }

    @Test
    void sameNameAndCompanyStillMatchWhenOnlyOneSideHasEmailsOrNeitherHasAProfile() {
        ContactMatcher withProfile = new ContactMatcher(
                List.of(joAtAcme(1, List.of("jo.c@acme.example"), "https://linkedin.com/in/jo-smith")));
        ContactMatcher plain = new ContactMatcher(List.of(joAtAcme(2, List.of("jo@home.example"))));
        ContactMatcher profileOnly = new ContactMatcher(List.of(joAtAcme(3, List.of(), "https://linkedin.com/in/jo-smith")));

        assertThat(withProfile.find(joAtAcmeKeys(List.of()))).map(ContactMatcher.Match::contact).contains(new ContactId(1));
        assertThat(plain.find(joAtAcmeKeys(List.of(), "https://linkedin.com/in/jo-smith"))).map(ContactMatcher.Match::contact)
                .contains(new ContactId(2));
        assertThat(plain.find(joAtAcmeKeys(List.of("jo@acme.example")))).map(ContactMatcher.Match::contact)
                .contains(new ContactId(2));
        assertThat(profileOnly.find(joAtAcmeKeys(List.of("jo@acme.example")))).map(ContactMatcher.Match::contact)
                .contains(new ContactId(3));
    }

    @Test
    void anEmailAddedByAMergeKeepsTheNextNamesakeWithAProfileApart() {
        Contact jo = joAtAcme(1);
        ContactMatcher matcher = new ContactMatcher(List.of(jo));
        matcher.rememberMerge(jo, joAtAcme(1, List.of("jo.c@acme.example")));

        assertThat(matcher.find(joAtAcmeKeys(List.of("jo.q@acme.example"), "https://linkedin.com/in/jo-smith-2"))).isEmpty();
    }
}
