package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What undo conflicts and the merge screen show for a field: words a person reads, never a record's dump. */
class FieldValueTest {

    @Test
    void nameCardPartsReadAsTheNameTheySpell() {
        assertThat(new FieldValue("name parts", new PersonName("Mr.", "Michael", "", "Angstadt", "Jr.")).shown())
                .isEqualTo("Mr. Michael Angstadt Jr.");
        assertThat(new FieldValue("name parts", PersonName.EMPTY).shown()).isEqualTo("(empty)");
    }

    @Test
    void phoneAndEmailKindsReadAsAddressAndKinds() {
        ReachLabels labels = new ReachLabels(Map.of("+1 555 0100", new ReachLabel(List.of("home", "fax"), 1)));

        assertThat(new FieldValue("phone and email kinds", labels).shown())
                .isEqualTo("+1 555 0100 (home, fax, preferred)");
        assertThat(new FieldValue("phone and email kinds", ReachLabels.NONE).shown()).isEqualTo("(empty)");
    }
}
