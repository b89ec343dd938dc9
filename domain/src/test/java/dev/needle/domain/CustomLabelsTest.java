package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomLabelsTest {
    private static Contact with(List<String> foreign) {
        return Contact.capture(new ContactId(1), "Rui Costa").edit()
                .reach(new Reach(List.of("rui@studio.example"), List.of("+351 912 345 678", "+351 222 333 444"), List.of()))
                .foreignFields(foreign).build();
    }

    @Test
    void aNumberOrAnAddressHasTheLabelOfItsGroupAndOthersNone() {
        CustomLabels labels = CustomLabels.of(with(List.of("item1.X-ABLabel:Home\\, studio", "ITEM2.x-ablabel:_$!<Work>!$_",
                "item1.X-NEEDLE-GROUP:TEL:+351 912 345 678", "item2.X-NEEDLE-GROUP:EMAIL:rui@studio.example")));

        assertThat(labels.ofPhone("+351 912 345 678")).contains("Home, studio");
        assertThat(labels.ofEmail("rui@studio.example")).contains("Work");
        assertThat(labels.ofPhone("+351 222 333 444")).isEmpty();
    }

    @Test
    void aGroupWithoutALabelOrALabelWithoutAnAddressNamesNothing() {
        CustomLabels labels = CustomLabels.of(with(List.of("item3.X-ABLabel:Studio", "item1.X-NEEDLE-GROUP:TEL:+351 912 345 678",
                "NOTE:not a group", "broken")));

        assertThat(labels.ofPhone("+351 912 345 678")).isEmpty();
    }
}
