package dev.needle.adapter.interchange.vcard;

import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.NeedleFields;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.PersonName;
import dev.needle.domain.Reach;
import dev.needle.domain.ReachLabel;
import dev.needle.domain.ReachLabels;
import ezvcard.VCard;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns one parsed card into a person to import; whatever has no Needle field becomes a foreign field.
 * A value Needle cannot hold (an email that is not one, a phone number of 300 characters) never costs
 * the whole card: its property stays a foreign field, written back as it came, and a remark names it.
 */
final class CardMapping {
    /** Compiled once: {@code String.replaceAll} compiles its expression again for every card. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    /** A stand-in for checking one value against the domain's rules, built once: imports check millions. */
    private static final Contact PROBE = Contact.capture(new ContactId(1), "x");

    private final VCard card;
    private final int line;
    private final CardLines lines;
    private final ForeignFields.Writer foreignWriter;
    // By identity: two identical EMAIL lines are two properties, and each must be looked up in
    // constant time, or a card of 50 000 properties takes seconds (it used to scan a list per property).
    private final Set<VCardProperty> used = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> remarks = new ArrayList<>();
    /** The addresses taken into Needle's fields that came in a group, and the foreign field keeping it ({@link ReachGroups}). */
    private final Map<VCardProperty, VCardProperty> groups = new LinkedHashMap<>();

    private CardMapping(VCard card, int line, CardLines lines, ForeignFields.Writer foreignWriter) {
        this.card = card;
        this.line = line;
        this.lines = lines;
        this.foreignWriter = foreignWriter;
    }

    static ImportedPerson toPerson(VCard card, int record, int line) {
        return toPerson(card, record, line, CardLines.none());
    }

    static ImportedPerson toPerson(VCard card, int record, int line, CardLines lines) {
        return toPerson(card, record, line, lines, new ForeignFields.Writer());
    }

    /** {@code foreignWriter}: one per thread, kept from card to card of a file. */
    static ImportedPerson toPerson(VCard card, int record, int line, CardLines lines, ForeignFields.Writer foreignWriter) {
        return new CardMapping(card, line, lines, foreignWriter).person(record);
    }

    private ImportedPerson person(int record) {
        String company = company();
        String role = role();
        Map<String, ReachLabel> labels = new LinkedHashMap<>();
        List<String> emails = new ArrayList<>();
        List<Email> allEmails = card.getEmails();
        for (int i = 0; i < allEmails.size(); i++) {
            Email email = allEmails.get(i);
            String value = email.getValue() == null ? "" : email.getValue().strip();
            if (!value.isEmpty() && fits("EMAIL", i, value, v -> new Reach(List.of(v), List.of(), List.of()))) {
                emails.add(value);
                used.add(email);
                keepGroup(email, value);
                label(labels, value, typeValues(email.getTypes(), EmailType::getValue), email.getPref());
            }
        }
        List<String> phones = new ArrayList<>();
        List<Telephone> allPhones = card.getTelephoneNumbers();
        for (int i = 0; i < allPhones.size(); i++) {
            Telephone tel = allPhones.get(i);
            String value = phone(tel);
            if (value != null && !value.isBlank() && fits("TEL", i, value.strip(),
                    v -> new Reach(List.of(), List.of(v), List.of()))) {
                phones.add(value.strip());
                used.add(tel);
                keepGroup(tel, value.strip());
                label(labels, value.strip(), typeValues(tel.getTypes(), TelephoneType::getValue), tel.getPref());
            }
        }
        List<String> urls = new ArrayList<>();
        List<Url> allUrls = card.getUrls();
        for (int i = 0; i < allUrls.size(); i++) {
            Url url = allUrls.get(i);
            String value = url.getValue() == null ? "" : url.getValue().strip();
            if (!value.isEmpty() && fits("URL", i, value, v -> new Reach(List.of(), List.of(), List.of(v)))) {
                urls.add(value);
                used.add(url);
                keepGroup(url, value);
            }
        }
        String notes = notes();
        List<String> categories = categories();
        NeedleFields needle = NeedleProperties.read(card, used, remark -> remarks.add("line " + line + ": " + remark));
        String name = name(company, emails);
        PersonName parts = nameParts();
        // N saying no more than the name would be split into is no information of its own: kept empty,
        // so a name edited later is split anew, and a card Needle wrote reads back as it was.
        if (parts.equals(PersonName.guessFrom(name))) {
            parts = PersonName.EMPTY;
        }
        String uid = uid();
        // Our own PRODID is written on export; another program's is not a fact about the person.
        used.addAll(card.getProperties(ProductId.class));
        List<VCardProperty> foreign = new ArrayList<>();
        for (VCardProperty property : card.getProperties()) {
            if (!used.contains(property)) {
                foreign.add(property);
            }
        }
        // Last, in their order: the card Needle writes has its addresses first, and reads back the same.
        foreign.addAll(groups.values());
        return new ImportedPerson(record, line, name, company, role, emails, phones, urls, List.of(), notes,
                Optional.empty(), foreignWriter.write(foreign), uid, parts, categories, new ReachLabels(labels), needle,
                remarks);
    }

    private void keepGroup(VCardProperty address, String value) {
        VCardProperty kept = ReachGroups.keeping(address, value);
        if (kept != null) {
            groups.put(address, kept);
        }
    }

    /**
     * True when {@code value} passes the domain's rule {@code check}; else the property is left as a
     * foreign field and a remark says why, in the domain's words.
     */
    private boolean fits(String property, String value, java.util.function.Consumer<String> check) {
        return fits(property, 0, value, check);
    }

    /** {@code occurrence}: which of the card's properties of this name it is (from 0), to find its line. */
    private boolean fits(String property, int occurrence, String value, java.util.function.Consumer<String> check) {
        try {
            check.accept(value);
            return true;
        } catch (InvalidValueException invalid) {
            remarks.add("line " + lines.of(line, property, value, occurrence) + ": kept " + property + " \"" + shorten(value)
                    + "\" as it came, in the card's other fields: " + lowerFirst(invalid.getMessage()));
            return false;
        }
    }

    /** The values of a property's TYPE parameters, nulls left out; a loop, as streams cost a card more. */
    private static <T> List<String> typeValues(List<T> types, Function<T, String> value) {
        List<String> values = new ArrayList<>(types.size());
        for (T type : types) {
            String text = value.apply(type);
            if (text != null) {
                values.add(text);
            }
        }
        return values;
    }

    private static void label(Map<String, ReachLabel> labels, String address, List<String> types, Integer pref) {
        int preference = pref == null ? 0 : Math.max(0, Math.min(100, pref));
        // vCard 2.1 and 3.0 say "preferred" as TYPE=pref.
        if (preference == 0) {
            for (String type : types) {
                if (type.equalsIgnoreCase("pref")) {
                    preference = 1;
                    break;
                }
            }
        }
        ReachLabel label = new ReachLabel(types, preference);
        if (!label.isEmpty()) {
            labels.putIfAbsent(address, label);
        }
    }

    /** Line breaks as Needle stores them everywhere; 2.1 files carry CRLF inside quoted-printable notes. */
    private String notes() {
        List<Note> kept = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Note note : card.getNotes()) {
            if (note.getValue() != null && !note.getValue().isBlank()) {
                kept.add(note);
                String value = note.getValue();
                // Most notes have no CR: the expression is run only on those that do (the same text).
                texts.add((value.indexOf('\r') < 0 ? value : LINE_BREAK.matcher(value).replaceAll("\n")).strip());
            }
        }
        String joined = String.join("\n\n", texts);
        if (!fits("NOTE", joined, v -> PROBE.edit().notes(v).build())) {
            return "";
        }
        used.addAll(kept);
        return joined;
    }

    private List<String> categories() {
        List<String> all = new ArrayList<>();
        for (Categories property : card.getProperties(Categories.class)) {
            List<String> values = property.getValues().stream().filter(Objects::nonNull).map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            if (fits("CATEGORIES", String.join(",", values),
                    v -> PROBE.edit().categories(values).build())) {
                all.addAll(values);
                used.add(property);
            }
        }
        return all;
    }

    /** The card's UID, kept so the contact and the card find each other again; "" when it has none. */
    private String uid() {
        for (Uid uid : card.getProperties(Uid.class)) {
            if (uid.getValue() != null && !uid.getValue().isBlank()) {
                used.add(uid);
                return uid.getValue().strip();
            }
        }
        return "";
    }

    /**
     * FN when present; else built from N; else the organisation; else the first email. A name longer
     * than Needle holds is cut, and said so: the card's N and FN lines are kept whole.
     */
    private String name(String company, List<String> emails) {
        List<FormattedName> formatted = card.getProperties(FormattedName.class);
        Optional<FormattedName> first = formatted.stream()
                .filter(fn -> fn.getValue() != null && !fn.getValue().isBlank()).findFirst();
        String name;
        if (first.isPresent()) {
            name = first.get().getValue().strip();
        } else {
            StructuredName n = card.getStructuredName();
            String built = n == null ? "" : Stream.of(Stream.of(n.getGiven()), n.getAdditionalNames().stream(),
                            Stream.of(n.getFamily()))
                    .flatMap(s -> s)
                    .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" "));
            name = !built.isEmpty() ? built : !company.isEmpty() ? company : emails.isEmpty() ? "" : emails.get(0);
        }
        String single = singleSpaced(name);
        try {
            PROBE.edit().name(single).build();
            used.addAll(formatted.subList(0, Math.min(1, formatted.size())));
            return single;
        } catch (InvalidValueException tooLong) {
            String cut = single.substring(0, single.offsetByCodePoints(0, 199)) + "…";
            remarks.add("line " + lines.of(line, "FN", name) + ": the name is cut to \"" + shorten(cut)
                    + "\": " + lowerFirst(tooLong.getMessage()) + " The card's own name lines are kept whole.");
            return cut;
        }
    }

    /**
     * The name in its parts from N, each list part (two prefixes, two suffixes) joined with ", "
     * (see {@link PersonName}).
     * Empty when the card has no N; the export derives parts from the name then.
     */
    private PersonName nameParts() {
        StructuredName n = card.getStructuredName();
        if (n == null) {
            return PersonName.EMPTY;
        }
        try {
            PersonName parts = new PersonName(joined(n.getPrefixes()), Objects.requireNonNullElse(n.getGiven(), ""),
                    joined(n.getAdditionalNames()), Objects.requireNonNullElse(n.getFamily(), ""),
                    joined(n.getSuffixes()));
            used.add(n);
            return parts;
        } catch (InvalidValueException invalid) {
            remarks.add("line " + lines.of(line, "N", "") + ": kept N as it came, in the card's other fields: "
                    + lowerFirst(invalid.getMessage()));
            return PersonName.EMPTY;
        }
    }

    /** Several values of one part joined with ", "; a comma inside one value is written "\\," to stay in it. */
    private static String joined(List<String> values) {
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> v.replace(",", "\\,")).collect(Collectors.joining(", "));
    }

    /**
     * The first ORG's first part; an ORG with departments stays foreign too, so none of it is lost.
     * A second ORG line stays foreign and is written after the company, in its place.
     */
    private String company() {
        Organization org = card.getOrganization();
        if (org == null || org.getValues().isEmpty()) {
            return "";
        }
        String company = Objects.requireNonNullElse(org.getValues().get(0), "").strip();
        if (!fits("ORG", company, v -> PROBE.edit().company(v).build())) {
            return "";
        }
        if (org.getValues().size() == 1) {
            used.add(org);
        }
        return company;
    }

    /** TITLE is the job; ROLE is only taken when there is no TITLE. */
    private String role() {
        List<VCardProperty> candidates = new ArrayList<>(card.getTitles());
        candidates.addAll(card.getRoles());
        for (VCardProperty property : candidates) {
            String value = property instanceof Title title ? title.getValue() : ((Role) property).getValue();
            if (value != null && !value.isBlank()) {
                String name = property instanceof Title ? "TITLE" : "ROLE";
                if (!fits(name, value.strip(), v -> PROBE.edit().role(v).build())) {
                    continue;
                }
                used.add(property);
                return value.strip();
            }
        }
        return "";
    }

    /** A {@code tel:} URI's extension is kept in the number as " ext. 102", as people write it. */
    private static String phone(Telephone tel) {
        if (tel.getText() != null) {
            return tel.getText();
        }
        if (tel.getUri() == null) {
            return null;
        }
        String number = tel.getUri().getNumber();
        String extension = tel.getUri().getExtension();
        return extension == null || extension.isBlank() ? number : number + PhoneText.EXTENSION + extension;
    }

    /** Runs of whitespace as one space, as {@link #WHITESPACE} replaced; the text itself when it has none. */
    private static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
            if (space || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return WHITESPACE.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static String shorten(String value) {
        String one = WHITESPACE.matcher(value).replaceAll(" ");
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }

}
