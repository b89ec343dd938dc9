package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.Reach;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Company cards imported from Google or Outlook have no person's name: four "Acme GmbH" (info@,
 * billing@, sales@ and one with only a phone) were four identical rows on the Contacts screen. Each row
 * now shows, where the name would be, what tells it apart.
 */
class NamelessContactsListTest {
    private static Contact acme(Wiring w, List<String> emails, List<String> phones) {
        Contact c = Seeds.contact(w, "Acme GmbH", "Acme GmbH", "");
        return w.useCases.editContact().editContact(c.edit().reach(new Reach(emails, phones, List.of())).build());
    }

    @Test
    void fourNamelessCardsOfOneCompanyShowTheirEmailOrPhoneAt80Columns() throws Exception {
        Wiring w = Seeds.withDirection();
        acme(w, List.of("info@acme.example"), List.of());
        acme(w, List.of("billing@acme.example"), List.of());
        acme(w, List.of("sales@acme.example"), List.of("+49 30 555 0101"));
        acme(w, List.of(), List.of("+49 30 555 0199"));
        Seeds.contact(w, "Lena Weber", "Acme GmbH", "Buyer");
        try (Tui tui = Tui.on(w)) {
            tui.press('3');

            String screen = tui.text();
            assertThat(screen).contains("info@acme.example", "billing@acme.example", "sales@acme.example",
                    "+49 30 555 0199", "Lena Weber");
            assertThat(screen.lines().filter(line -> line.contains("Acme GmbH")).count()).isEqualTo(5);
            assertThat(screen).doesNotContain("Acme GmbH  Acme GmbH");
        }
    }
}
