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
import ezvcard.property.Revision;
import ezvcard.property.Uid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * So is the REV: it says when the file was revised, not who the person is, so reading leaves it out of
 * the contact (a REV another program moved is no change of the person) and writing puts the one given.
 */
public final class VdirCardFormat implements AddressCards {
    private final VCardFileReader reader = new VCardFileReader();

    /** A VERSION line, as the first card of a file has it. */
    private static final Pattern VERSION = Pattern.compile("(?im)^VERSION[ \\t]*:[ \\t]*([0-9.]+)");
    /** A REV line of an unfolded card, in any group, with any parameters. */
    private static final Pattern REV_LINE = Pattern.compile("(?im)^(?:[A-Za-z0-9-]+\\.)?REV[;:][^\\r\\n]*");
    /** A kept property line that is a REV. */
    private static final Pattern REV_FIELD = Pattern.compile("(?i)(?:[A-Za-z0-9-]+\\.)?REV[;:]");
    /** REV as khard, Apple and RFC 6350's examples write it: UTC, basic form, to the second. */
    private static final DateTimeFormatter REV_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public byte[] write(Contact contact, String uid, Instant revised) {
        return write(contact, uid, VCardVersion.V4_0, Optional.of(revisionLine(revised)));
    }

    /**
     * A 3.0 (or 2.1) card stays 3.0, as khard, Apple and Google write theirs: Radicale's vCard library
     * cuts a 4.0 photo (a data: URI) at its comma, so turning a khard card into 4.0 lost its photo on
     * the server. Anything else is written as 4.0.
     */
    @Override
    public byte[] rewrite(Contact contact, String uid, byte[] was, Optional<Instant> revised) {
        String text = new String(was, StandardCharsets.UTF_8);
        Matcher version = VERSION.matcher(text);
        boolean older = version.find() && (version.group(1).equals("3.0") || version.group(1).equals("2.1"));
        Optional<String> revision = revised.isPresent() ? revised.map(VdirCardFormat::revisionLine) : revisionLine(text);
        return write(contact, uid, older ? VCardVersion.V3_0 : VCardVersion.V4_0, revision);
    }

    /** The REV line of a card revised at {@code revised}. */
    static String revisionLine(Instant revised) {
        return "REV:" + REV_TIME.format(revised);
    }

    /** The card's REV line as it was written, unfolded; none when it has none. */
    private static Optional<String> revisionLine(String card) {
        Matcher rev = REV_LINE.matcher(card.replaceAll("\\r?\\n[ \\t]", ""));
        return rev.find() ? Optional.of(rev.group()) : Optional.empty();
    }

    /**
     * The card with {@code revision} as its only REV line, just before its end: spliced in as text, so a
     * kept line comes out byte for byte rather than in the form the library would give its value.
     */
    private static byte[] write(Contact contact, String uid, VCardVersion version, Optional<String> revision) {
        VCard card = VCardFileWriter.toCard(contact, version);
        card.removeProperties(Uid.class);
        card.setUid(new Uid(uid));
        card.removeProperties(Revision.class);
        card.removeExtendedProperty("REV");
        StringWriter text = new StringWriter();
        try {
            VCardWriter writer = new VCardWriter(text, version);
            writer.setAddProdId(false);
            writer.setVersionStrict(false);
            writer.setCaretEncodingEnabled(true);
            writer.write(card);
            writer.flush();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        String written = text.toString();
        if (revision.isPresent()) {
            int end = written.lastIndexOf("END:VCARD");
            written = written.substring(0, end) + revision.get() + "\r\n" + written.substring(end);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            OctetFolding folded = new OctetFolding(out);
            folded.write(written);
            folded.flush();
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
                    .notes(person.notes()).foreignFields(withoutRevision(person.foreignFields()))
                    .categories(person.categories())
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
        Set<Tag> offers = new java.util.LinkedHashSet<>(needle.offers()); // as the card lists them
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

    private static List<String> withoutRevision(List<String> kept) {
        return kept.stream().filter(line -> !REV_FIELD.matcher(line).lookingAt()).toList();
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
