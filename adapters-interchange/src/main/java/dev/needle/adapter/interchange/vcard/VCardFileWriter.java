package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.OctetFolding;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.CompanyName;
import dev.needle.domain.Contact;
import dev.needle.domain.PersonName;
import dev.needle.domain.PrintableText;
import dev.needle.domain.ReachLabel;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.Revision;
import ezvcard.property.Telephone;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import ezvcard.property.VCardProperty;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Writes contacts as vCards (4.0 unless asked otherwise): UID, name, organisation, title, emails,
 * phones, URLs, notes, categories, Needle's own fields as {@code X-NEEDLE-…} properties, and every
 * foreign field kept from an earlier import.
 */
public final class VCardFileWriter {
    private final VCardVersion version;

    public VCardFileWriter() {
        this("4.0");
    }

    /** {@code version} is "3.0" or "4.0". */
    public VCardFileWriter(String version) {
        this.version = switch (version) {
            case "3.0" -> VCardVersion.V3_0;
            case "4.0" -> VCardVersion.V4_0;
            default -> throw new IllegalArgumentException("vCard version must be 3.0 or 4.0, not " + version);
        };
    }

    /** Writes every contact to {@code out} and flushes it; {@code out} stays open (it may be stdout). */
    public void write(List<Contact> contacts, Writer out, String target) {
        write(contacts, out, target, written -> { });
    }

    /** As {@link #write(List, Writer, String)}, telling {@code written} the count of cards so far after each one. */
    public void write(List<Contact> contacts, Writer out, String target, LongConsumer written) {
        write(contacts, contact -> Optional.empty(), out, target, written);
    }

    /**
     * Every contact of {@code backup}, each one Needle changed saying it was revised when Needle last
     * changed it ({@code zone}: where the marks' local times were read). A contact only imported keeps
     * the REV it came with, byte for byte.
     */
    public void write(Backup backup, ZoneId zone, Writer out, String target, LongConsumer written) {
        write(backup.contacts(), ChangeTimes.of(backup.authors(), zone)::of, out, target, written);
    }

    /**
     * As {@link #write(List, Writer, String, LongConsumer)}; a contact {@code revised} gives a moment is
     * written with that moment as its only REV, in place of any its card was imported with.
     */
    public void write(List<Contact> contacts, Function<Contact, Optional<Instant>> revised, Writer out, String target,
                      LongConsumer written) {
        // The library folds at 75 characters; RFC 6350 says 75 octets, which OctetFolding keeps.
        OctetFolding folded = new OctetFolding(out);
        // Each card is written whole to a buffer first: a card the library refuses leaves no half of it behind.
        StringWriter buffer = new StringWriter();
        VCardWriter writer = new VCardWriter(buffer, version);
        writer.setAddProdId(false);
        writer.setVersionStrict(false);
        // A kept parameter may hold line breaks and quotes (an address's LABEL): written as ^n and ^'.
        writer.setCaretEncodingEnabled(true);
        try {
            long count = 0;
            for (Contact contact : contacts) {
                buffer.getBuffer().setLength(0);
                VCard card = toCard(contact, version);
                Optional<Instant> changed = revised.apply(contact);
                if (changed.isPresent()) {
                    card.removeProperties(Revision.class);
                    card.removeExtendedProperty("REV");
                }
                try {
                    writer.write(card);
                    writer.flush();
                } catch (RuntimeException refused) {
                    throw new InterchangeException(target + ": cannot write the card of " + PrintableText.line(contact.name())
                            + " (id " + contact.id() + "): " + culprit(card), refused);
                }
                if (changed.isPresent()) {
                    // Spliced in as text, as the vdir writes it: UTC, to the second, in the form khard shows.
                    buffer.getBuffer().insert(buffer.getBuffer().lastIndexOf("END:VCARD"),
                            VdirCardFormat.revisionLine(changed.get()) + "\r\n");
                }
                folded.write(buffer.toString());
                written.accept(++count);
            }
            folded.flush();
            folded.finish();
        } catch (IOException failed) {
            throw new InterchangeException(target + ": cannot write: " + failed.getMessage(), failed);
        }
    }

    /** Which property the library would not write, found by writing each alone: for the message, in vCard's words. */
    private String culprit(VCard card) {
        for (VCardProperty property : card.getProperties()) {
            VCard alone = new VCard();
            alone.addProperty(property);
            try (VCardWriter probe = new VCardWriter(new StringWriter(), version)) {
                probe.setVersionStrict(false);
                probe.setCaretEncodingEnabled(true);
                probe.write(alone);
            } catch (IOException | RuntimeException refused) {
                return "its " + propertyName(property) + " field holds a value vCard " + version.getVersion()
                        + " cannot carry; edit or remove it and export again";
            }
        }
        return "one of its fields holds a value vCard " + version.getVersion() + " cannot carry";
    }

    private static String propertyName(VCardProperty property) {
        if (property instanceof ezvcard.property.RawProperty raw) {
            return raw.getPropertyName();
        }
        return property.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
    }

    /** The same product as the calendar export names. */
    static final String PRODUCT = "-//Needle//Needle networking planner//EN";

    static VCard toCard(Contact contact) {
        return toCard(contact, VCardVersion.V4_0);
    }

    /**
     * A vCard has no escape for control characters (RFC 6350 allows none but the tab in a value), so
     * every text goes through the rule all of Needle's output follows ({@link PrintableText}): an
     * address book or a terminal showing the file never meets an escape sequence or a bidi override.
     */
    static VCard toCard(Contact contact, VCardVersion version) {
        VCard card = new VCard();
        // Needle wrote the card, not the library it wrote it with (its own PRODID names "ez-vcard 0.12.1").
        card.setProductId(PRODUCT);
        // The UID first: it is how khard, vdirsyncer and CardDAV servers know the card again.
        card.setUid(new Uid(PrintableText.line(contact.uid())));
        String name = PrintableText.line(contact.name());
        card.setFormattedName(name);
        PersonName parts = nameParts(contact, name);
        if (parts.isEmpty()) {
            // The library writes an N of empty parts as "N:"; vCard 3.0 wants its five parts, empty.
            card.addExtendedProperty("N", ";;;;");
        } else {
            card.setStructuredName(structured(parts));
        }
        // A UID kept as a foreign field by an import before contacts had their own is not written twice.
        List<VCardProperty> foreign = ForeignFields.read(
                contact.foreignFields().stream().map(PrintableText::line).toList()).stream()
                .filter(property -> !(property instanceof Uid))
                // What the version written has no meaning for (2.1's PROFILE in a 4.0 card) stays out:
                // vobject and khard refuse a 4.0 card that carries it.
                .filter(property -> property.isSupportedBy(version))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        ReachGroups groups = ReachGroups.takenFrom(foreign);
        boolean orgKept = foreign.stream().anyMatch(p -> p instanceof Organization org
                && !org.getValues().isEmpty() && CompanyName.same(org.getValues().get(0), contact.company()));
        if (!contact.company().isEmpty() && !orgKept) {
            card.setOrganization(PrintableText.line(contact.company()));
        }
        if (!contact.role().isEmpty()) {
            card.addTitle(PrintableText.line(contact.role()));
        }
        for (String email : contact.reach().emails()) {
            Email property = new Email(PrintableText.line(email));
            ReachLabel label = contact.reachLabels().of(email);
            label.types().forEach(type -> property.getTypes().add(EmailType.get(type)));
            preference(property, label, version);
            groups.restore(property, email);
            card.addEmail(property);
        }
        for (String phone : contact.reach().phones()) {
            Telephone property = PhoneText.telephone(PrintableText.line(phone), version == VCardVersion.V4_0);
            ReachLabel label = contact.reachLabels().of(phone);
            label.types().forEach(type -> property.getTypes().add(TelephoneType.get(type)));
            preference(property, label, version);
            groups.restore(property, phone);
            card.addTelephoneNumber(property);
        }
        for (String url : contact.reach().urls()) {
            ezvcard.property.Url property = card.addUrl(PrintableText.line(url));
            groups.restore(property, url);
        }
        if (!contact.notes().isBlank()) {
            card.addNote(PrintableText.lines(contact.notes()));
        }
        if (!contact.categories().isEmpty()) {
            card.setCategories(contact.categories().stream().map(PrintableText::line).toArray(String[]::new));
        }
        NeedleProperties.write(contact, card);
        foreign.forEach(card::addProperty);
        return card;
    }

    /** PREF=n in 4.0; 2.1 and 3.0 only know TYPE=pref, for the most preferred. */
    private static void preference(VCardProperty property, ReachLabel label, VCardVersion version) {
        if (label.preference() == 0) {
            return;
        }
        if (version == VCardVersion.V4_0) {
            property.getParameters().setPref(label.preference());
        } else if (label.preference() == 1) {
            property.getParameters().addType("pref");
        }
    }

    /**
     * The parts N is written from: those kept, else guessed from the name. A company's own card (Google's
     * and Outlook's "Acme GmbH" with only an ORG) is named after its company and has no person's name to
     * guess: its N stays empty, or an address book would show a person "Acme" of the family "GmbH".
     */
    private static PersonName nameParts(Contact contact, String name) {
        if (!contact.nameParts().isEmpty()) {
            return contact.nameParts();
        }
        return CompanyName.same(contact.name(), contact.company()) ? PersonName.EMPTY : PersonName.guessFrom(name);
    }

    /** N from the name's parts; a part holding a list (two suffixes) goes back as that list. */
    private static StructuredName structured(PersonName parts) {
        StructuredName n = new StructuredName();
        n.getPrefixes().addAll(list(parts.prefix()));
        n.setGiven(PrintableText.line(parts.given()));
        n.getAdditionalNames().addAll(list(parts.middle()));
        n.setFamily(PrintableText.line(parts.family()));
        n.getSuffixes().addAll(list(parts.suffix()));
        return n;
    }

    private static List<String> list(String part) {
        return part.isEmpty() ? List.of() : java.util.Arrays.stream(part.split("(?<!\\\\),"))
                .map(value -> value.replace("\\,", ",").strip()).filter(value -> !value.isEmpty())
                .map(PrintableText::line).toList();
    }
}
