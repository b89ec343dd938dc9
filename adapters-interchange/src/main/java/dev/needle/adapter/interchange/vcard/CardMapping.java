package dev.needle.adapter.interchange.vcard;

import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.NeedleFields;
import dev.needle.domain.PersonName;
import dev.needle.domain.ReachLabels;
import ezvcard.VCard;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Organization;
import ezvcard.property.ProductId;
import ezvcard.property.Role;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns one parsed card into a person to import; whatever has no Needle field becomes a foreign field. */
final class CardMapping {
    private CardMapping() {
    }

    static ImportedPerson toPerson(VCard card, int record, int line) {
        // By identity: two identical EMAIL lines are two properties, and each must be looked up in
        // constant time, or a card of 50 000 properties takes seconds (it used to scan a list per property).
        Set<VCardProperty> used = Collections.newSetFromMap(new IdentityHashMap<>());
        String company = company(card, used);
        String role = role(card, used);
        List<String> emails = collect(card.getEmails(), Email::getValue, used);
        List<String> phones = collect(card.getTelephoneNumbers(), CardMapping::phone, used);
        List<String> urls = collect(card.getUrls(), Url::getValue, used);
        // Line breaks as Needle stores them everywhere; 2.1 files carry CRLF inside quoted-printable notes.
        List<String> notes = collect(card.getNotes(), note -> note.getValue() == null ? null
                : note.getValue().replaceAll("\r\n?", "\n"), used);
        List<String> categories = new ArrayList<>();
        for (Categories property : card.getProperties(Categories.class)) {
            categories.addAll(property.getValues());
            used.add(property);
        }
        List<String> remarks = new ArrayList<>();
        NeedleFields needle = NeedleProperties.read(card, used, remarks::add);
        String name = name(card, used, company, emails);
        String uid = uid(card, used);
        // Our own PRODID is written on export; another program's is not a fact about the person.
        used.addAll(card.getProperties(ProductId.class));
        List<VCardProperty> foreign = card.getProperties().stream()
                .filter(property -> !used.contains(property))
                .toList();
        return new ImportedPerson(record, line, name, company, role, emails, phones, urls, List.of(),
                String.join("\n\n", notes), Optional.empty(), ForeignFields.write(foreign), uid, PersonName.EMPTY,
                categories, ReachLabels.NONE, needle, remarks);
    }

    /** The card's UID, kept so the contact and the card find each other again; "" when it has none. */
    private static String uid(VCard card, Set<VCardProperty> used) {
        for (Uid uid : card.getProperties(Uid.class)) {
            if (uid.getValue() != null && !uid.getValue().isBlank()) {
                used.add(uid);
                return uid.getValue().strip();
            }
        }
        return "";
    }

    /** FN when present; else built from N; else the organisation; else the first email. */
    private static String name(VCard card, Set<VCardProperty> used, String company, List<String> emails) {
        used.addAll(card.getProperties(FormattedName.class));
        used.addAll(card.getProperties(StructuredName.class));
        Optional<String> formatted = card.getProperties(FormattedName.class).stream()
                .map(FormattedName::getValue).filter(v -> v != null && !v.isBlank()).findFirst();
        if (formatted.isPresent()) {
            return formatted.get();
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            String built = Stream.of(Stream.of(n.getGiven()), n.getAdditionalNames().stream(), Stream.of(n.getFamily()))
                    .flatMap(s -> s)
                    .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" "));
            if (!built.isEmpty()) {
                return built;
            }
        }
        return !company.isEmpty() ? company : emails.isEmpty() ? "" : emails.get(0);
    }

    /** The first ORG's first part; an ORG with departments stays foreign too, so none of it is lost. */
    private static String company(VCard card, Set<VCardProperty> used) {
        Organization org = card.getOrganization();
        if (org == null || org.getValues().isEmpty()) {
            return "";
        }
        if (org.getValues().size() == 1) {
            used.add(org);
        }
        return Objects.requireNonNullElse(org.getValues().get(0), "").strip();
    }

    /** TITLE is the job; ROLE is only taken when there is no TITLE. */
    private static String role(VCard card, Set<VCardProperty> used) {
        for (Title title : card.getTitles()) {
            if (title.getValue() != null && !title.getValue().isBlank()) {
                used.add(title);
                return title.getValue().strip();
            }
        }
        for (Role role : card.getRoles()) {
            if (role.getValue() != null && !role.getValue().isBlank()) {
                used.add(role);
                return role.getValue().strip();
            }
        }
        return "";
    }

    private static String phone(Telephone tel) {
        if (tel.getText() != null) {
            return tel.getText();
        }
        return tel.getUri() == null ? null : tel.getUri().getNumber();
    }

    private static <P extends VCardProperty> List<String> collect(List<P> properties,
                                                                  java.util.function.Function<P, String> value,
                                                                  Set<VCardProperty> used) {
        List<String> values = new ArrayList<>();
        for (P property : properties) {
            String v = value.apply(property);
            if (v != null && !v.isBlank()) {
                values.add(v.strip());
                used.add(property);
            }
        }
        return values;
    }
}
