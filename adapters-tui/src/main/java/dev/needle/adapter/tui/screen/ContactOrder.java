package dev.needle.adapter.tui.screen;

import dev.needle.domain.Contact;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The orders the contact list cycles through with o; search results arrive by name. */
enum ContactOrder {
    NAME("name", Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT))),
    COMPANY("company", Comparator.comparing((Contact c) -> c.company().isEmpty())
            .thenComparing(c -> c.company().toLowerCase(Locale.ROOT))),
    STAGE("stage", Comparator.comparing(Contact::stage)),
    FOLLOW_UP("next follow-up", Comparator.comparing((Contact c) -> c.nextFollowUp().orElse(LocalDate.MAX)));

    private final String label;
    private final Comparator<Contact> order;

    ContactOrder(String label, Comparator<Contact> order) {
        this.label = label;
        this.order = order.thenComparing(c -> c.name().toLowerCase(Locale.ROOT));
    }

    String label() {
        return label;
    }

    ContactOrder next() {
        return values()[(ordinal() + 1) % values().length];
    }

    List<Contact> sort(List<Contact> contacts) {
        return this == NAME ? contacts : contacts.stream().sorted(order).toList();
    }
}
