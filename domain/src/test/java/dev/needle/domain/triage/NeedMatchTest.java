package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Needs.need;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.NeedStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedMatchTest {
    private final TriageSettings settings = TriageSettings.defaults();
    private final Contact insider = contact("Dana").at("XYZ").as("Market Research Analyst").build();

    @Test
    void scoresTheStrongestTargetTimesThePriorityWeight() {
        Need need = need(2, "XYZ research").topic("research").role("market research").company("XYZ Corp.").build();
        NeedMatch match = NeedMatch.of(need, insider, settings).orElseThrow();
        assertThat(match.target().value()).isEqualTo("XYZ Corp.");
        assertThat(match.score()).isEqualTo(85);
        assertThat(match.describe()).isEqualTo("matches need 2 — XYZ research (company: XYZ Corp.)");
    }

    @Test
    void noMatchingTargetIsNoMatch() {
        assertThat(NeedMatch.of(need(1, "Acme").company("Acme").build(), insider, settings)).isEmpty();
        assertThat(NeedMatch.of(need(1, "no targets").build(), insider, settings)).isEmpty();
    }

    @Test
    void equalScoresAreOrderedByPriority() {
        Need sixth = need(6, "XYZ leads").company("XYZ").build();
        Need fifth = need(5, "XYZ intro").company("XYZ").build();
        Need dropped = need(1, "old XYZ intro").company("XYZ").status(NeedStatus.DROPPED).build();
        assertThat(NeedMatch.all(List.of(sixth, dropped, fifth), insider, settings))
                .extracting(m -> m.need().priority()).containsExactly(5, 6);
    }
}
