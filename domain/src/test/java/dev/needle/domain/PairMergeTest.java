package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.PairMerge.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairMergeTest {
    private final Contact left = Contact.capture(new ContactId(1), "Ana Ruiz").edit().company("Acme").role("")
            .reach(new Reach(List.of("ana@acme.example"), List.of(), List.of())).offers(Set.of(Tag.of("design")))
            .build();
    private final Contact right = Contact.capture(new ContactId(2), "Ana María Ruiz").edit().company("Acme Inc")
            .role("CTO").reach(new Reach(List.of("ana@home.example", "ana@acme.example"), List.of("+34 600"), List.of()))
            .nextFollowUp(Optional.of(LocalDate.of(2026, 12, 10))).build();
    private final Contact blank = Contact.capture(new ContactId(1), "-");

    private PairMerge<Contact> merge() {
        return PairMerge.of(Contact.FIELDS, left, right, blank);
    }

    @Test
    void onlyDifferingFieldsAreAskedAndEachStartsWithTheLeftUnlessItIsEmptyThere() {
        PairMerge<Contact> merge = merge();

        assertThat(merge.differing()).containsExactly("name", "company", "role", "email", "phone", "offers",
                "next follow-up");
        assertThat(merge.side("name")).isEqualTo(Side.LEFT);
        assertThat(merge.side("role")).isEqualTo(Side.RIGHT);
        assertThat(merge.side("next follow-up")).isEqualTo(Side.RIGHT);
        assertThat(merge.side("email")).isEqualTo(Side.BOTH);
        Contact merged = merge.merged();
        assertThat(merged.id()).isEqualTo(new ContactId(1));
        assertThat(merged.name()).isEqualTo("Ana Ruiz");
        assertThat(merged.role()).isEqualTo("CTO");
        assertThat(merged.reach().emails()).containsExactly("ana@acme.example", "ana@home.example");
        assertThat(merged.reach().phones()).containsExactly("+34 600");
        assertThat(merged.offers()).containsExactly(Tag.of("design"));
        assertThat(merged.nextFollowUp()).contains(LocalDate.of(2026, 12, 10));
    }

    @Test
    void eachFieldCanTakeEitherSideAndListsBoth() {
        Contact merged = merge().choose("name", Side.RIGHT).choose("company", Side.RIGHT).choose("email", Side.LEFT)
                .choose("role", Side.LEFT).merged();

        assertThat(merged.name()).isEqualTo("Ana María Ruiz");
        assertThat(merged.company()).isEqualTo("Acme Inc");
        assertThat(merged.reach().emails()).containsExactly("ana@acme.example");
        assertThat(merged.role()).isEmpty();
        assertThatThrownBy(() -> merge().choose("name", Side.BOTH)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theKindsOfPhonesAndEmailsComeFromBothSidesAsTheirValuesDo() {
        // Walked by hand: merging Kasia Nowak into Katarzyna kept her gmail address but not that it is her home one.
        Contact work = left.edit().reachLabels(new ReachLabels(Map.of("ana@acme.example", new ReachLabel(List.of("work"), 1))))
                .build();
        Contact home = right.edit().reachLabels(new ReachLabels(Map.of("ana@home.example", new ReachLabel(List.of("home"), 0),
                "ana@acme.example", new ReachLabel(List.of("home"), 0)))).build();

        PairMerge<Contact> merge = PairMerge.of(Contact.FIELDS, work, home, blank);
        Contact merged = merge.merged();

        assertThat(merge.side("phone and email kinds")).isEqualTo(Side.BOTH);
        assertThat(merged.reachLabels().of("ana@home.example")).isEqualTo(new ReachLabel(List.of("home"), 0));
        assertThat(merged.reachLabels().of("ana@acme.example")).as("the left's kind where both say one")
                .isEqualTo(new ReachLabel(List.of("work"), 1));
        assertThat(merge.choose("phone and email kinds", Side.LEFT).merged().reachLabels().of("ana@home.example"))
                .isEqualTo(ReachLabel.NONE);
    }

    /** Merging two duplicates on the screen, both contacts' kept lines are kept: each label stays in its own group. */
    @Test
    void keepingBothContactsOtherProgramsFieldsKeepsEachGroupsLabelWithItsValue() {
        Contact fromPhone = left.edit().foreignFields(List.of("item1.X-NEEDLE-GROUP:TEL:905-555-1234",
                "item1.X-ABLabel:Mobile-Work")).build();
        Contact fromMac = right.edit().foreignFields(List.of("item1.X-NEEDLE-GROUP:TEL:905-222-1234",
                "item1.X-ABLabel:AssistantPhone")).build();

        PairMerge<Contact> merge = PairMerge.of(Contact.FIELDS, fromPhone, fromMac, blank);

        assertThat(merge.side("other programs' fields")).isEqualTo(Side.BOTH);
        assertThat(merge.merged().foreignFields()).containsExactly("item1.X-NEEDLE-GROUP:TEL:905-555-1234",
                "item1.X-ABLabel:Mobile-Work", "item2.X-NEEDLE-GROUP:TEL:905-222-1234", "item2.X-ABLabel:AssistantPhone");
    }
}
