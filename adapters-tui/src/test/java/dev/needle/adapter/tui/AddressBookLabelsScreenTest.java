package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.Reach;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An iPhone or a Mac names a number with a label of the user's own ({@code item1.TEL} with
 * {@code item1.X-ABLabel:Studio}); the import keeps it, and the contact's page shows it beside the number.
 */
class AddressBookLabelsScreenTest {
    @Test
    void theContactPageShowsTheLabelAnIPhoneGaveEachNumber() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rui = Seeds.contact(w, "Rui Costa", "", "");
        // As `needle import vcard` keeps an iPhone's card: each number's group, and the group's label.
        w.useCases.editContact().editContact(rui.edit()
                .reach(new Reach(List.of(), List.of("+351 912 345 678", "+351 213 000 111", "+351 222 333 444"), List.of()))
                .foreignFields(List.of("item1.X-ABLabel:Studio", "item2.X-ABLabel:_$!<Mobile>!$_",
                        "item1.X-NEEDLE-GROUP:TEL:+351 912 345 678", "item2.X-NEEDLE-GROUP:TEL:+351 213 000 111"))
                .build());
        try (Tui tui = Tui.on(w)) {
            tui.press('3').enter();

            assertThat(tui.text()).contains("Phone: Studio +351 912 345 678, Mobile +351 213 000 111, +351 222 333 444")
                    .contains("+351 222 333 444").doesNotContain("_$!<");
        }
    }
}
