package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.OctetFolding;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.NeedleFields;
import dev.needle.application.port.out.AddressCards;
import dev.needle.domain.Contact;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
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
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Set;

/**
 * One contact as one vCard 4.0 file of a vdir, through the same mapping as import and export: a card
 * carries the name, company, role, emails, phones, web addresses, notes, categories, Needle's own
 * fields as X-NEEDLE properties and every property of another program Needle kept. The UID is the
 * sync's to choose: it is written as given (the contact's own, unless the card already had another).
 */
public final class VdirCardFormat implements AddressCards {
    private final VCardFileReader reader = new VCardFileReader();

    /** A VERSION line, as the first card of a file has it. */
    private static final Pattern VERSION = Pattern.compile("(?im)^VERSION[ \\t]*:[ \\t]*([0-9.]+)");

    @Override
    public byte[] write(Contact contact, String uid) {
        return write(contact, uid, VCardVersion.V4_0);
    }

    /**
     * A 3.0 (or 2.1) card stays 3.0, as khard, Apple and Google write theirs: Radicale's vCard library
     * cuts a 4.0 photo (a data: URI) at its comma, so turning a khard card into 4.0 lost its photo on
     * the server. Anything else is written as 4.0.
     */
    @Override
    public byte[] rewrite(Contact contact, String uid, byte[] was) {
        Matcher version = VERSION.matcher(new String(was, StandardCharsets.UTF_8));
        boolean older = version.find() && (version.group(1).equals("3.0") || version.group(1).equals("2.1"));
        return write(contact, uid, older ? VCardVersion.V3_0 : VCardVersion.V4_0);
    }

    private static byte[] write(Contact contact, String uid, VCardVersion version) {
        VCard card = VCardFileWriter.toCard(contact, version);
        card.removeProperties(Uid.class);
        card.setUid(new Uid(uid));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            OctetFolding folded = new OctetFolding(out);
            VCardWriter writer = new VCardWriter(folded, version);
            writer.setAddProdId(false);
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
        Optional<String> uid = Optional.of(person.uid()).filter(value -> !value.isBlank());
        try {
            Contact.Draft draft = onto.edit().name(displayName(person, href)).company(person.company())
                    .role(person.role()).reach(new Reach(person.emails(), person.phones(), person.urls()))
                    .notes(person.notes()).foreignFields(person.foreignFields()).categories(person.categories())
                    .nameParts(person.nameParts()).reachLabels(person.reachLabels());
            needleFields(person, onto, draft);
            return new ReadCard(draft.build(), uid);
        } catch (InvalidValueException invalid) {
            throw new UnreadableCardException(href + ": " + invalid.getMessage(), invalid);
        }
    }

    /**
     * Needle's own fields when the card carries any X-NEEDLE property, as the importer reads them. A card
     * with none (written by another program, or by one that dropped them) leaves them as Needle has
     * them: an address book that does not know them cannot have meant to clear them.
     */
    private static void needleFields(ImportedPerson person, Contact onto, Contact.Draft draft) {
        NeedleFields needle = person.needle();
        Set<Tag> offers = new HashSet<>(needle.offers());
        person.tags().forEach(tag -> offers.add(Tag.of(tag)));
        if (needle.equals(NeedleFields.NONE)) {
            if (!person.tags().isEmpty()) {
                draft.offers(offers);
            }
            return;
        }
        Stage stage = needle.closure().isPresent() ? Stage.CLOSED_KINDLY
                : needle.stage().filter(s -> s != Stage.CLOSED_KINDLY).orElse(Stage.MET);
        Origin was = onto.origin();
        draft.offers(offers).lookingFor(needle.lookingFor()).rapport(needle.rapport().orElse(Rapport.UNRATED))
                .stage(stage).nextFollowUp(stage == Stage.CLOSED_KINDLY ? Optional.empty() : needle.nextFollowUp())
                .origin(new Origin(was.event(), needle.metAt(), needle.metOn(), was.introducedBy()))
                .closure(needle.closure());
    }

    @Override
    public Optional<String> uid(Contact contact) {
        return Optional.of(contact.uid());
    }

    /** As the importers name a person: the card's name, else its first email or web address. */
    private static String displayName(ImportedPerson person, String href) {
        if (!person.name().isBlank()) {
            return person.name();
        }
        return person.emails().stream().findFirst().or(() -> person.urls().stream().findFirst()).orElse(href);
    }
}
