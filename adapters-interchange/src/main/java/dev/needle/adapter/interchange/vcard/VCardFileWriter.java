package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.OctetFolding;
import dev.needle.domain.CompanyName;
import dev.needle.domain.Contact;
import dev.needle.domain.PrintableText;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import ezvcard.property.VCardProperty;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
        // The library folds at 75 characters; RFC 6350 says 75 octets, which OctetFolding keeps.
        OctetFolding folded = new OctetFolding(out);
        VCardWriter writer = new VCardWriter(folded, version);
        writer.setVersionStrict(false);
        // A kept parameter may hold line breaks and quotes (an address's LABEL): written as ^n and ^'.
        writer.setCaretEncodingEnabled(true);
        try {
            long count = 0;
            for (Contact contact : contacts) {
                writer.write(toCard(contact));
                written.accept(++count);
            }
            writer.flush();
            folded.finish();
        } catch (IOException failed) {
            throw new InterchangeException(target + ": cannot write: " + failed.getMessage(), failed);
        }
    }

    /**
     * A vCard has no escape for control characters (RFC 6350 allows none but the tab in a value), so
     * every text goes through the rule all of Needle's output follows ({@link PrintableText}): an
     * address book or a terminal showing the file never meets an escape sequence or a bidi override.
     */
    static VCard toCard(Contact contact) {
        VCard card = new VCard();
        // The UID first: it is how khard, vdirsyncer and CardDAV servers know the card again.
        card.setUid(new Uid(PrintableText.line(contact.uid())));
        String name = PrintableText.line(contact.name());
        card.setFormattedName(name);
        card.setStructuredName(structured(name));
        // A UID kept as a foreign field by an import before contacts had their own is not written twice.
        List<VCardProperty> foreign = ForeignFields.read(
                contact.foreignFields().stream().map(PrintableText::line).toList()).stream()
                .filter(property -> !(property instanceof Uid)).toList();
        boolean orgKept = foreign.stream().anyMatch(p -> p instanceof Organization org
                && !org.getValues().isEmpty() && CompanyName.same(org.getValues().get(0), contact.company()));
        if (!contact.company().isEmpty() && !orgKept) {
            card.setOrganization(PrintableText.line(contact.company()));
        }
        if (!contact.role().isEmpty()) {
            card.addTitle(PrintableText.line(contact.role()));
        }
        contact.reach().emails().forEach(email -> card.addEmail(PrintableText.line(email)));
        contact.reach().phones().forEach(phone -> card.addTelephoneNumber(PrintableText.line(phone)));
        contact.reach().urls().forEach(url -> card.addUrl(PrintableText.line(url)));
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

    /** Family name last, as most address books expect from a name typed as one line. */
    private static StructuredName structured(String name) {
        StructuredName n = new StructuredName();
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            n.setGiven(name);
        } else {
            n.setGiven(name.substring(0, space).strip());
            n.setFamily(name.substring(space + 1));
        }
        return n;
    }
}
