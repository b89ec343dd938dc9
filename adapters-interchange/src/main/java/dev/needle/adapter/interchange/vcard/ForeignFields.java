package dev.needle.adapter.interchange.vcard;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Revision;
import ezvcard.property.VCardProperty;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Keeps vCard properties Needle has no field for as text: one unfolded vCard 4.0 property line each,
 * whatever version the card came in, so they can be parsed back and written out on export.
 */
final class ForeignFields {
    private static final String HEAD = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    private static final String HEAD_3 = "BEGIN:VCARD\r\nVERSION:3.0\r\n";
    private static final String TAIL = "END:VCARD\r\n";

    private ForeignFields() {
    }

    static List<String> write(Collection<VCardProperty> properties) {
        return new Writer().write(properties);
    }

    /**
     * Writes the foreign properties of one card after another with one ez-vcard writer: building a
     * writer (its character tables, its scribes) for every card of a large file cost more than some
     * cards' writing. Each card comes out as a fresh writer would write it. Used on one thread only.
     */
    static final class Writer {
        private final StringWriter text = new StringWriter();
        private final VCardWriter writer = new VCardWriter(text, VCardVersion.V4_0);
        private final RevisionText revisions = new RevisionText();

        Writer() {
            writer.setAddProdId(false);
            writer.setVersionStrict(false);
            // Read with ^n and ^' decoded, a parameter (an address's LABEL) holds line breaks and quotes.
            writer.setCaretEncodingEnabled(true);
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.registerScribe(new PhotoBase64Scribe());
            writer.registerScribe(revisions);
        }

        List<String> write(Collection<VCardProperty> properties) {
            if (properties.isEmpty()) {
                return List.of();
            }
            // A plain REV is often a card's only foreign field: its line is written without a whole card around it,
            // as the writer would write it (no group, no parameter, a value of digits, T, Z, + and -).
            if (properties.size() == 1 && properties.iterator().next() instanceof Revision revision
                    && revision.getGroup() == null && revision.getParameters().isEmpty() && revision.getValue() != null) {
                return List.of("REV:" + revisions.text(revision.getValue(), false));
            }
            VCard holder = new VCard();
            properties.forEach(holder::addProperty);
            text.getBuffer().setLength(0);
            try {
                writer.write(holder);
                writer.flush();
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            return propertyLines(text.toString());
        }
    }

    /** The written card's lines but its frame (BEGIN, VERSION, END): split by hand, as a regular expression cost more. */
    private static List<String> propertyLines(String card) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < card.length()) {
            int end = card.indexOf("\r\n", from);
            if (end < 0) {
                end = card.length();
            }
            String line = card.substring(from, end);
            if (!(line.isBlank() || line.equals("BEGIN:VCARD") || line.equals("END:VCARD") || line.startsWith("VERSION:"))) {
                lines.add(line);
            }
            from = end + 2;
        }
        return lines;
    }

    /** The properties back; lines that no longer parse (edited by hand, say) are left out rather than fail an export. */
    static List<VCardProperty> read(List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        if (lines.stream().noneMatch(ForeignFields::inVersion3Form)) {
            return read(lines, HEAD);
        }
        // A backup from an older Needle may hold a photo as vCard 3.0 wrote it (ENCODING=b and bare
        // base64): read as 4.0 it became a link named by the base64, a photo no program shows.
        List<VCardProperty> properties = new ArrayList<>();
        for (String line : lines) {
            properties.addAll(read(List.of(line), inVersion3Form(line) ? HEAD_3 : HEAD));
        }
        return properties;
    }

    /** A line with an ENCODING parameter, which vCard 4.0 has not (it writes embedded data as a data URI). */
    private static boolean inVersion3Form(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && line.substring(0, colon).toUpperCase(Locale.ROOT).contains(";ENCODING=");
    }

    private static List<VCardProperty> read(List<String> lines, String head) {
        try (VCardReader reader = new VCardReader(head + String.join("\r\n", lines) + "\r\n" + TAIL)) {
            reader.setCaretDecodingEnabled(true);
            VCard card = reader.readNext();
            return card == null ? List.of() : new ArrayList<>(card.getProperties());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
