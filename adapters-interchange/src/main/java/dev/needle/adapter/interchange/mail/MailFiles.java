package dev.needle.adapter.interchange.mail;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.LogMailUseCase;
import dev.needle.application.port.in.MailMessage;
import dev.needle.application.port.out.MailReader;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the headers of the messages in a Maildir (its cur/ and new/, and those of its Maildir++
 * subfolders but drafts, trash and junk), an mbox file, or the files a notmuch query finds. Bodies are
 * never read. A source that cannot be read stops the read; a message without a usable From: or Date:
 * is left out and named, so one odd draft does not keep a year of mail from being logged.
 */
public final class MailFiles implements MailReader {
    /** Subfolders whose messages are not exchanges that happened. */
    private static final Set<String> NOT_EXCHANGES = Set.of("drafts", "draft", "trash", "deleted", "junk", "spam");

    private final ZoneId zone;
    private final Notmuch notmuch;

    /** {@code zone} is the user's, for the day each message counts on; {@code notmuch} runs the queries. */
    public MailFiles(ZoneId zone, Notmuch notmuch) {
        this.zone = zone;
        this.notmuch = notmuch;
    }

    @Override
    public Read read(LogMailUseCase.Source source) {
        try {
            return switch (source.kind()) {
                case MAILDIR -> maildir(Path.of(source.location()));
                case MBOX -> Mbox.read(Path.of(source.location()), zone);
                // A file the index still names but a mail sync moved away since is left to the next run.
                case NOTMUCH -> files(notmuch.files(source.location()).stream().filter(Files::isRegularFile).toList());
            };
        } catch (IOException e) {
            throw new InterchangeException(source.describe() + ": cannot be read (" + reason(e) + ")", e);
        }
    }

    /** Whether {@code folder} looks like a Maildir: a cur/ or new/ folder inside. */
    public static boolean isMaildir(Path folder) {
        return Files.isDirectory(folder.resolve("cur")) || Files.isDirectory(folder.resolve("new"));
    }

    private Read maildir(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new InterchangeException(root + ": no such folder");
        }
        if (!isMaildir(root)) {
            throw new InterchangeException(root + ": not a Maildir (it has no cur/ or new/ folder)");
        }
        List<Path> folders = new ArrayList<>(List.of(root));
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith(".") && isMaildir(p))
                    .filter(p -> NOT_EXCHANGES.stream().noneMatch(
                            word -> p.getFileName().toString().toLowerCase(Locale.ROOT).contains(word)))
                    .sorted().forEach(folders::add);
        }
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            for (String part : List.of("cur", "new")) {
                Path dir = folder.resolve(part);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> messages = Files.list(dir)) {
                        messages.filter(Files::isRegularFile).sorted().forEach(files::add);
                    }
                }
            }
        }
        return files(files);
    }

    private Read files(List<Path> files) throws IOException {
        List<MailMessage> messages = new ArrayList<>(files.size());
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            // Buffered: the header is read a byte at a time, and unbuffered each byte was a system call.
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                messages.add(MailHeaders.read(MailSender.headerBlock(in, file.toString()), file.toString(), zone));
            } catch (InterchangeException oneMessage) {
                unreadable.add(oneMessage.getMessage());
            }
        }
        return new Read(messages, unreadable);
    }

    static String reason(IOException e) {
        return e.getMessage() == null ? "a read error" : e.getMessage();
    }

    /** Reads an mbox: messages start at lines beginning "From " (at the file's start or after an empty line). */
    static final class Mbox {
        private Mbox() {
        }

        static Read read(Path file, ZoneId zone) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new InterchangeException(file + ": no such file");
            }
            Messages messages = new Messages(file, zone);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                boolean previousEmpty = true;
                boolean inHeader = false;
                int headerLine = 0;
                StringBuilder header = new StringBuilder();
                while ((line = in.readLine()) != null) {
                    number++;
                    if (previousEmpty && line.startsWith("From ")) {
                        if (inHeader) {
                            messages.add(headerLine, header);
                        }
                        inHeader = true;
                        headerLine = number;
                        header.setLength(0);
                    } else if (number == 1 || (messages.count == 0 && !inHeader && !line.isEmpty())) {
                        throw new InterchangeException(file + ": line " + number
                                + ": not an mbox file (an mbox starts each message with a line beginning \"From \")");
                    } else if (inHeader) {
                        if (line.isEmpty()) {
                            messages.add(headerLine, header);
                            inHeader = false;
                        } else if (header.length() < MailSender.MAX_HEADER_BYTES) {
                            header.append(line).append('\n');
                        }
                    }
                    previousEmpty = line.isEmpty();
                }
                if (inHeader) {
                    messages.add(headerLine, header);
                }
            }
            return new Read(messages.read, messages.unreadable);
        }
    }

    /** An mbox's messages as they are found, numbered from 1; one that cannot be read is named and left out. */
    private static final class Messages {
        private final Path file;
        private final ZoneId zone;
        private final List<MailMessage> read = new ArrayList<>();
        private final List<String> unreadable = new ArrayList<>();
        private int count;

        Messages(Path file, ZoneId zone) {
            this.file = file;
            this.zone = zone;
        }

        void add(int line, StringBuilder header) {
            count++;
            try {
                read.add(MailHeaders.read(header.toString(), file + ": message " + count + " (line " + line + ")", zone));
            } catch (InterchangeException oneMessage) {
                unreadable.add(oneMessage.getMessage());
            }
        }
    }
}
