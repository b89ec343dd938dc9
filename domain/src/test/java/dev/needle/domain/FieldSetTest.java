package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldSetTest {
    private final Contact ann = Contact.capture(new ContactId(1), "Ann Lee");

    @Test
    void aDiffListsOnlyTheFieldsThatChanged() {
        Contact edited = ann.edit().role("Director").reach(new Reach(List.of("ann@x.org"), List.of(), List.of())).build();

        Edit<Contact> edit = Contact.FIELDS.diff(ann, edited);

        assertThat(edit.fields()).containsExactly("role", "email");
    }

    @Test
    void fieldsSpanningARuleAreWrittenTogether() {
        Contact closed = ann.closeKindly("Thanks, not now.", LocalDate.of(2026, 1, 5));

        Contact reopened = Contact.FIELDS.diff(ann, closed).inverse().applyTo(closed.withVersion(3));

        assertThat(reopened).isEqualTo(ann.withVersion(3));
    }

    @Test
    void theVersionIsTheCurrentRecordsNotTheEdits() {
        Contact edited = ann.edit().role("Director").build();

        assertThat(Contact.FIELDS.diff(ann, edited).applyTo(ann.withVersion(9)).version()).isEqualTo(9);
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        assertThatThrownBy(() -> Contact.FIELDS.with(ann, Map.of("shoe size", "9")))
                .hasMessageContaining("shoe size");
    }

    @Test
    void needsAndRequestsHaveTheirFieldsToo() {
        Need need = Need.open(new NeedId(3), "Intro", NeedKind.INTRODUCTION, List.of(), 1);
        Need met = need.markMet(new ContactId(1), LocalDate.of(2026, 1, 1));

        assertThat(Need.FIELDS.diff(need, met).fields()).containsExactly("status", "met by", "met on");
        assertThat(Need.FIELDS.diff(need, met).inverse().applyTo(met)).isEqualTo(need);
    }

    @Test
    void valuesReadAsPeopleWriteThem() {
        assertThat(new FieldValue("stage", Stage.FOLLOWING_UP).shown()).isEqualTo(Stage.FOLLOWING_UP.label());
        assertThat(new FieldValue("notes", "").shown()).isEqualTo("(empty)");
        assertThat(new FieldValue("email", List.of("b@x.org", "a@x.org")).shown()).isEqualTo("a@x.org, b@x.org");
        assertThat(new FieldValue("next follow-up", java.util.Optional.of(LocalDate.of(2026, 3, 1))).shown())
                .isEqualTo("2026-03-01");
    }
}
