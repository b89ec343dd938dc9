package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import dev.needle.application.port.in.ImportedPerson;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Agent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (one card or many) into people to import. Strict where a
 * lenient parser would silently lose data: a line that is not a property (usually broken folding),
 * a card without its END, or text between cards stops the whole file with the line that is wrong.
 */
public final class VCardFileReader {
    /** ez-vcard's code for a line it skipped because it could not be read as a property. */
    private static final int SKIPPED_LINE = 27;
    /** Files of fewer cards are parsed in one go: a second thread would not pay for itself. */
    private static final int READ_IN_HALVES_FROM = 1_000;

    /** Bytes per part a file is read in (a file no larger is read in one part, as a whole). */
    private static final int PART_BYTES = 16 * 1024 * 1024;

    private final int partBytes;

    public VCardFileReader() {
        this(PART_BYTES);
    }

    /** Reads files in parts of about {@code partBytes} bytes (tests read small files in many parts). */
    VCardFileReader(int partBytes) {
        this.partBytes = partBytes;
    }

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
        TextFile.requireReadable(file);
        try (InputStream in = Files.newInputStream(file)) {
            read(file.toString(), in, Files.size(file), each);
        } catch (NoSuchFileException missing) {
            throw new InterchangeException(file + ": no such file");
        } catch (AccessDeniedException denied) {
            throw new InterchangeException(file + ": permission denied");
        } catch (IOException failed) {
            throw new InterchangeException(file + ": cannot read: " + failed.getMessage(), failed);
        }
    }

    public List<ImportedPerson> read(String name, byte[] bytes) {
        List<ImportedPerson> people = new ArrayList<>();
        try {
            read(name, new ByteArrayInputStream(bytes), bytes.length, people::add);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return people;
    }

    List<ImportedPerson> read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the file part by part: a part's structure is checked (every card closed, nothing between
     * cards) before its cards are parsed, and the people of one part are handed on before the next
     * part is read.
     */
    private void read(String name, InputStream in, long size, Consumer<ImportedPerson> each) throws IOException {
        CardParts parts = new CardParts(name, in, size, partBytes);
        int records = 0;
        for (CardParts.Part part = parts.next(); part != null; part = parts.next()) {
            records += read(name, part, records, each);
        }
        if (!parts.anyText()) {
            throw TextFile.empty(name);
        }
        if (records == 0) {
            throw new InterchangeException(name + ": no vCard found (expected BEGIN:VCARD ... END:VCARD)");
        }
    }

    /** Reads one part's cards, numbered on from the {@code before} cards of the parts before it. */
    private int read(String name, CardParts.Part part, int before, Consumer<ImportedPerson> each) {
        int cards = part.starts().lines().size();
        if (cards >= READ_IN_HALVES_FROM && Runtime.getRuntime().availableProcessors() > 1) {
            return readInHalves(name, part, before, each);
        }
        return read(name, part, before, 0, cards, each);
    }

    /**
     * A large part is parsed as two halves side by side, the second on a thread of its own, its people
     * handed on once the first half's are: parsing is most of a vCard import, and the other core is
     * idle once the database is open. A failure is told for the first bad card in the part, as when
     * read in one go; the import stores nothing unless every card was read.
     */
    private int readInHalves(String name, CardParts.Part part, int before, Consumer<ImportedPerson> each) {
        int cards = part.starts().lines().size();
        int half = cards / 2;
        FutureTask<List<ImportedPerson>> second = new FutureTask<>(() -> {
            List<ImportedPerson> people = new ArrayList<>(cards - half);
            read(name, part, before, half, cards, people::add);
            return people;
        });
        Thread thread = new Thread(second, "needle-vcard-second-half");
        thread.setDaemon(true);
        thread.start();
        int records;
        try {
            records = read(name, part, before, 0, half, each);
        } catch (RuntimeException failed) {
            second.cancel(true);
            throw failed;
        }
        List<ImportedPerson> rest;
        try {
            rest = second.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterchangeException(name + ": reading was interrupted", e);
        }
        rest.forEach(each);
        return records + rest.size();
    }

    /**
     * Reads cards {@code first} (from 0) up to {@code last} of a part; the part's last cards are read to
     * where its whole cards end. Returns how many cards it read.
     */
    private int read(String name, CardParts.Part part, int before, int first, int last, Consumer<ImportedPerson> each) {
        String text = part.text();
        CardOutline.Starts starts = part.starts();
        List<Integer> lines = starts.lines();
        // From the first card's BEGIN line, not the blank lines before it: the parser reads no card at all
        // from text that begins with an empty line.
        int from = first < lines.size() ? starts.offsets().get(first) : 0;
        int to = last >= lines.size() ? starts.end() : starts.offsets().get(last);
        // The parser counts lines from where it begins.
        int linesBefore = first < lines.size() ? lines.get(first) - 1 : part.firstLine() - 1;
        int record = first;
        // Which card (from 0) is being read or mapped, for a failure: reading the next one and mapping
        // this one both fail on the card under way.
        int underWay = first;
        CardLines cardLines = new CardLines(text, part.firstLine());
        ForeignFields.Writer foreignWriter = new ForeignFields.Writer();
        try (VCardReader reader = new VCardReader(new TextReader(text, from, to))) {
            reader.setCaretDecodingEnabled(true);
            reader.registerScribe(new TextPhoneScribe());
            reader.registerScribe(new PhotoBase64Scribe());
            VCard card;
            while ((card = reader.readNext()) != null) {
                record++;
                int line = record <= lines.size() ? lines.get(record - 1) : 0;
                refuseSkippedLines(name, reader.getWarnings(), linesBefore);
                refuseDeepNesting(name, card, line);
                each.accept(CardMapping.toPerson(card, before + record, line, cardLines, foreignWriter));
                underWay = record;
            }
        } catch (InterchangeException refused) {
            throw refused;
        } catch (IOException | RuntimeException | StackOverflowError broken) {
            // ez-vcard is lenient by design; anything it still throws is a card it could not make sense of.
            // Its message speaks of its own classes, so the person is told where, and the cause is kept.
            int line = underWay < lines.size() ? lines.get(underWay) : 0;
            throw new InterchangeException(name + ": " + (line > 0 ? "line " + line + ": " : "")
                    + "this card could not be read as a vCard", broken);
        }
        return record - first;
    }

    /**
     * Version 3.0 writes an AGENT's card inside the AGENT value, where the outline cannot see it; each
     * level of nesting doubles the text written back on export, so depth is held to the same limit.
     */
    private static void refuseDeepNesting(String name, VCard card, int line) {
        if (depth(card) > VCardLimits.MAX_NESTING) {
            throw new InterchangeException(name + ": line " + line + ": a card nested more than "
                    + VCardLimits.MAX_NESTING + " deep (AGENT cards inside AGENT cards); Needle reads at most "
                    + VCardLimits.MAX_NESTING);
        }
    }

    private static int depth(VCard card) {
        int deepest = 0;
        for (Agent agent : card.getProperties(Agent.class)) {
            if (agent.getVCard() != null) {
                deepest = Math.max(deepest, depth(agent.getVCard()));
            }
        }
        return 1 + deepest;
    }

    private static void refuseSkippedLines(String name, List<ParseWarning> warnings, int linesBefore) {
        for (ParseWarning warning : warnings) {
            if (warning.getCode() != null && warning.getCode() == SKIPPED_LINE) {
                String line = warning.getLineNumber() == null ? "" : "line " + (warning.getLineNumber() + linesBefore) + ": ";
                throw new InterchangeException(name + ": " + line + "not a vCard property line"
                        + " (a folded line must start with a space or tab)");
            }
        }
    }
}
