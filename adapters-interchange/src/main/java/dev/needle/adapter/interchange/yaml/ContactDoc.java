package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.EventId;
import dev.needle.domain.Origin;
import dev.needle.domain.PersonName;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.ReachLabel;
import dev.needle.domain.ReachLabels;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A contact in a backup; where you met and how it closed are nested, and absent when unknown. A backup
 * written before contacts had UIDs restores each contact with a new one.
 */
record ContactDoc(Long id, Long version, String uid, String name, NameDoc nameParts, String company, String role,
                  List<String> emails, List<String> phones, List<String> urls, List<LabelDoc> labels,
                  List<String> categories, OriginDoc met, List<Tag> offers, List<Tag> lookingFor,
                  Rapport rapport, Stage stage, LocalDate nextFollowUp, String notes, ClosureDoc closed,
                  List<String> foreignFields) {

    /** The name in its parts; absent when the contact has none. */
    record NameDoc(String prefix, String given, String middle, String family, String suffix) {
        PersonName toDomain() {
            return new PersonName(prefix, given, middle, family, suffix);
        }

        static NameDoc of(PersonName n) {
            return n.isEmpty() ? null : new NameDoc(n.prefix(), n.given(), n.middle(), n.family(), n.suffix());
        }
    }

    /** The kinds and preference of one phone number or email address. */
    record LabelDoc(String address, List<String> kinds, Integer preference) {
        static List<LabelDoc> of(ReachLabels labels) {
            List<LabelDoc> docs = new ArrayList<>();
            labels.byAddress().forEach((address, label) -> docs.add(
                    new LabelDoc(address, label.types(), label.preference() == 0 ? null : label.preference())));
            return docs;
        }

        static ReachLabels toDomain(List<LabelDoc> docs) {
            Map<String, ReachLabel> byAddress = new LinkedHashMap<>();
            if (docs != null) {
                for (LabelDoc doc : docs) {
                    byAddress.put(Required.present("address", doc.address()), new ReachLabel(
                            doc.kinds() == null ? List.of() : doc.kinds(),
                            doc.preference() == null ? 0 : doc.preference()));
                }
            }
            return new ReachLabels(byAddress);
        }
    }

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
                met == null ? Origin.UNKNOWN : met.toDomain(), typed(offers), typed(lookingFor), rapport,
                Required.present("stage", stage), Optional.ofNullable(nextFollowUp), notes,
                Optional.ofNullable(closed).map(ClosureDoc::toDomain), Required.version(version),
                foreignFields == null ? List.of() : foreignFields,
                uid == null || uid.isBlank() ? Contact.newUid() : uid,
                nameParts == null ? PersonName.EMPTY : nameParts.toDomain(),
                categories == null ? List.of() : categories, LabelDoc.toDomain(labels));
    }

    /** Tags in the order the backup lists them: the order they were typed. */
    private static Set<Tag> typed(List<Tag> tags) {
        return tags == null ? Set.of() : Tag.inOrder(tags);
    }

    static ContactDoc of(Contact c) {
        return new ContactDoc(c.id().value(), c.version(), c.uid(), c.name(), NameDoc.of(c.nameParts()), c.company(),
                c.role(), c.reach().emails(), c.reach().phones(), c.reach().urls(), LabelDoc.of(c.reachLabels()),
                c.categories(), OriginDoc.of(c.origin()), List.copyOf(c.offers()),
                List.copyOf(c.lookingFor()), c.rapport(), c.stage(), c.nextFollowUp().orElse(null), c.notes(),
                c.closure().map(k -> new ClosureDoc(k.on(), k.message())).orElse(null), c.foreignFields());
    }
}
