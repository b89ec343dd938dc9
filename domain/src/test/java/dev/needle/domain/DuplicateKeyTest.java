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
}
