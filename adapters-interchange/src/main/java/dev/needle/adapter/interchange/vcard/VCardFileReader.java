package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import dev.needle.application.port.in.ImportedPerson;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (one card or many) into people to import. Strict where a
 * lenient parser would silently lose data: a line that is not a property (usually broken folding),
 * a card without its END, or text between cards stops the whole file with the line that is wrong.
 */
public final class VCardFileReader {
    /** ez-vcard's code for a line it skipped because it could not be read as a property. */
    private static final int SKIPPED_LINE = 27;

    public List<ImportedPerson> read(Path file) {
        return read(file.toString(), TextFile.read(file));
    }

    public List<ImportedPerson> read(String name, byte[] bytes) {
        return read(name, TextFile.decode(name, bytes));
    }

    List<ImportedPerson> read(String name, String text) {
        List<Integer> starts = CardOutline.startLines(name, text);
        List<ImportedPerson> people = new ArrayList<>(starts.size());
        try (VCardReader reader = new VCardReader(text)) {
            reader.setCaretDecodingEnabled(true);
            VCard card;
            while ((card = reader.readNext()) != null) {
                int record = people.size() + 1;
                int line = record <= starts.size() ? starts.get(record - 1) : 0;
                refuseSkippedLines(name, reader.getWarnings());
                people.add(CardMapping.toPerson(card, record, line));
            }
        } catch (InterchangeException refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            // ez-vcard is lenient by design; anything it still throws is a file it could not make sense of.
            throw new InterchangeException(name + ": not a readable vCard file: " + broken.getMessage(), broken);
        }
        if (people.isEmpty()) {
            throw new InterchangeException(name + ": no vCard found (expected BEGIN:VCARD ... END:VCARD)");
        }
        return people;
    }

    private static void refuseSkippedLines(String name, List<ParseWarning> warnings) {
        for (ParseWarning warning : warnings) {
            if (warning.getCode() != null && warning.getCode() == SKIPPED_LINE) {
                String line = warning.getLineNumber() == null ? "" : "line " + warning.getLineNumber() + ": ";
                throw new InterchangeException(name + ": " + line + "not a vCard property line"
                        + " (a folded line must start with a space or tab)");
            }
        }
    }
}
