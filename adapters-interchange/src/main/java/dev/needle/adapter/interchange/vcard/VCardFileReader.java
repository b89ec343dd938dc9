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
import java.util.function.Consumer;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (one card or many) into people to import. Strict where a
 * lenient parser would silently lose data: a line that is not a property (usually broken folding),
 * a card without its END, or text between cards stops the whole file with the line that is wrong.
 */
public final class VCardFileReader {
    /** ez-vcard's code for a line it skipped because it could not be read as a property. */
    private static final int SKIPPED_LINE = 27;

    public List<ImportedPerson> read(Path file) {
        List<ImportedPerson> people = new ArrayList<>();
        read(file, people::add);
        return people;
    }

    /**
     * Hands each person to {@code each} as soon as its card is read, so an import can match while the
     * rest of the file is still being read. A bad card throws when it is reached, after the cards
     * before it have been handed on: whoever takes them must not store anything before the end.
     */
    public void read(Path file, Consumer<ImportedPerson> each) {
        read(file.toString(), TextFile.read(file), each);
    }

    public List<ImportedPerson> read(String name, byte[] bytes) {
        return read(name, TextFile.decode(name, bytes));
    }

    List<ImportedPerson> read(String name, String text) {
        List<ImportedPerson> people = new ArrayList<>();
        read(name, text, people::add);
        return people;
    }

    private void read(String name, String text, Consumer<ImportedPerson> each) {
        // The outline checks the file's structure first (every card closed, nothing between cards).
        List<Integer> starts = CardOutline.startLines(name, text);
        int record = 0;
        try (VCardReader reader = new VCardReader(text)) {
            reader.setCaretDecodingEnabled(true);
            VCard card;
            while ((card = reader.readNext()) != null) {
                record++;
                int line = record <= starts.size() ? starts.get(record - 1) : 0;
                refuseSkippedLines(name, reader.getWarnings());
                each.accept(CardMapping.toPerson(card, record, line));
            }
        } catch (InterchangeException refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            // ez-vcard is lenient by design; anything it still throws is a file it could not make sense of.
            throw new InterchangeException(name + ": not a readable vCard file: " + broken.getMessage(), broken);
        }
        if (record == 0) {
            throw new InterchangeException(name + ": no vCard found (expected BEGIN:VCARD ... END:VCARD)");
        }
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
