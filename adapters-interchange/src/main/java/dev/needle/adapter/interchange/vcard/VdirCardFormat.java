package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.OctetFolding;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.out.AddressCards;
import dev.needle.domain.Contact;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Uid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One contact as one vCard 4.0 file of a vdir, through the same mapping as import and export: a card
 * carries the name, company, role, emails, phones, web addresses, notes, what the person offers (as
 * CATEGORIES) and every property of another program Needle kept. The UID is the sync's to choose: it
 * is written as given, and kept out of the fields the sync compares.
 */
public final class VdirCardFormat implements AddressCards {
    private final VCardFileReader reader = new VCardFileReader();

    @Override
    public byte[] write(Contact contact, String uid) {
        VCard card = VCardFileWriter.toCard(contact);
        card.removeProperties(Uid.class);
        card.setUid(new Uid(uid));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            OctetFolding folded = new OctetFolding(out);
            VCardWriter writer = new VCardWriter(folded, VCardVersion.V4_0);
            writer.setVersionStrict(false);
            writer.setCaretEncodingEnabled(true);
            writer.write(card);
            writer.flush();
            folded.finish();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    @Override
    public ReadCard read(String href, byte[] bytes, Contact onto) {
        List<ImportedPerson> people;
        try {
            people = reader.read(href, bytes);
        } catch (InterchangeException unreadable) {
            throw new UnreadableCardException(unreadable.getMessage(), unreadable);
        }
        if (people.size() != 1) {
            throw new UnreadableCardException(href + ": holds " + people.size()
                    + " cards; a vdir keeps one card per file", null);
        }
        ImportedPerson person = people.get(0);
        Optional<String> uid = person.foreignFields().stream().filter(VdirCardFormat::isUid).findFirst()
                .map(VdirCardFormat::uidValue).filter(value -> !value.isBlank());
        List<String> foreign = new ArrayList<>(person.foreignFields().stream().filter(line -> !isUid(line)).toList());
        // The contact's own UID line from an earlier import stays as it is: the sync keeps the UID apart.
        onto.foreignFields().stream().filter(VdirCardFormat::isUid).forEach(foreign::add);
        try {
            Contact contact = onto.edit().name(displayName(person, href)).company(person.company()).role(person.role())
                    .reach(new Reach(person.emails(), person.phones(), person.urls()))
                    .offers(person.tags().stream().map(Tag::of).collect(Collectors.toSet()))
                    .notes(person.notes()).foreignFields(foreign).build();
            return new ReadCard(contact, uid);
        } catch (InvalidValueException invalid) {
            throw new UnreadableCardException(href + ": " + invalid.getMessage(), invalid);
        }
    }

    @Override
    public Optional<String> uid(Contact contact) {
        return contact.foreignFields().stream().filter(VdirCardFormat::isUid).findFirst().map(VdirCardFormat::uidValue)
                .filter(value -> !value.isBlank());
    }

    /** As the importers name a person: the card's name, else its first email or web address. */
    private static String displayName(ImportedPerson person, String href) {
        if (!person.name().isBlank()) {
            return person.name();
        }
        return person.emails().stream().findFirst().or(() -> person.urls().stream().findFirst()).orElse(href);
    }

    private static boolean isUid(String line) {
        String upper = line.toUpperCase(Locale.ROOT);
        return upper.startsWith("UID:") || upper.startsWith("UID;");
    }

    private static String uidValue(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}
