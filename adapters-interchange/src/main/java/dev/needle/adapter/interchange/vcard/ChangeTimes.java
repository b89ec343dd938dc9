package dev.needle.adapter.interchange.vcard;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.Contact;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When Needle last changed each contact, from the marks every save leaves (issue 20): a card's REV
 * must say so, or an address book holding an older copy keeps its own. A contact added and never
 * changed since (as an import adds one) has no change time, and its card keeps the REV it came with.
 */
final class ChangeTimes {
    private final Map<Long, Instant> byContact;

    private ChangeTimes(Map<Long, Instant> byContact) {
        this.byContact = byContact;
    }

    /** {@code zone}: where the marks' local times were read, the machine's own unless configured. */
    static ChangeTimes of(Backup.Authors authors, ZoneId zone) {
        Map<Long, Instant> changed = new HashMap<>();
        for (RecordMark mark : authors.marks()) {
            if (mark.kind() == RecordKind.CONTACT && mark.changed().isPresent()) {
                changed.put(mark.recordId(), mark.changed().get().at().atZone(zone).toInstant());
            }
        }
        return new ChangeTimes(changed);
    }

    Optional<Instant> of(Contact contact) {
        return Optional.ofNullable(byContact.get(contact.id().value()));
    }
}
