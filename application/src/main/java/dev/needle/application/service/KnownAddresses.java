package dev.needle.application.service;

import dev.needle.application.port.in.MailAddress;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every contact's mail addresses, and the user's own, for matching the people in mail and calendars.
 * The contacts are listed copies: only their ids, names and addresses are used, never saved back.
 */
final class KnownAddresses {
    private final Map<String, Contact> byAddress = new HashMap<>();
    private final Set<String> mine;

    KnownAddresses(ContactStore contacts, Set<String> me) {
        mine = me.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        // By id, so when two contacts share an address the older one gets the interaction, every run alike.
        for (Contact contact : contacts.findAllListed()) {
            contact.reach().emails().forEach(email -> byAddress.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), contact));
        }
    }

    boolean isMine(MailAddress address) {
        return mine.contains(address.key());
    }

    Optional<Contact> contact(MailAddress address) {
        return isMine(address) ? Optional.empty() : Optional.ofNullable(byAddress.get(address.key()));
    }
}
