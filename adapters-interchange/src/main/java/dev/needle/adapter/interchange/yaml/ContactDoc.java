package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.EventId;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A contact in a backup; where you met and how it closed are nested, and absent when unknown. */
record ContactDoc(Long id, Long version, String name, String company, String role, List<String> emails,
                  List<String> phones, List<String> urls, OriginDoc met, Set<Tag> offers, Set<Tag> lookingFor,
                  Rapport rapport, Stage stage, LocalDate nextFollowUp, String notes, ClosureDoc closed) {

    /** Where and when you met; every part optional. */
    record OriginDoc(Long event, String place, LocalDate on, Long introducedBy) {
        Origin toDomain() {
            return new Origin(Optional.ofNullable(event).map(EventId::new), place, Optional.ofNullable(on),
                    Optional.ofNullable(introducedBy).map(ContactId::new));
        }

        static OriginDoc of(Origin o) {
            return o.equals(Origin.UNKNOWN) ? null : new OriginDoc(o.event().map(EventId::value).orElse(null),
                    o.place(), o.on().orElse(null), o.introducedBy().map(ContactId::value).orElse(null));
        }
    }

    /** The day a contact was closed kindly and the message that was sent. */
    record ClosureDoc(LocalDate on, String message) {
        Closure toDomain() {
            return new Closure(Required.present("on", on), message);
        }
    }

    Contact toDomain() {
        return new Contact(new ContactId(Required.id(id)), name, company, role, new Reach(emails, phones, urls),
                met == null ? Origin.UNKNOWN : met.toDomain(), offers, lookingFor, rapport,
                Required.present("stage", stage), Optional.ofNullable(nextFollowUp), notes,
                Optional.ofNullable(closed).map(ClosureDoc::toDomain), Required.version(version));
    }

    static ContactDoc of(Contact c) {
        return new ContactDoc(c.id().value(), c.version(), c.name(), c.company(), c.role(), c.reach().emails(),
                c.reach().phones(), c.reach().urls(), OriginDoc.of(c.origin()), new TreeSet<>(c.offers()),
                new TreeSet<>(c.lookingFor()), c.rapport(), c.stage(), c.nextFollowUp().orElse(null), c.notes(),
                c.closure().map(k -> new ClosureDoc(k.on(), k.message())).orElse(null));
    }
}
