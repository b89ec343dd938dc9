package dev.needle.app;

import dev.needle.adapter.interchange.ics.IcsCalendar;
import dev.needle.adapter.interchange.vcard.VCardFileWriter;
import dev.needle.adapter.interchange.yaml.NeedleYaml;
import dev.needle.adapter.interchange.yaml.YamlBackupWriter;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.function.Function;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code needle export FORMAT [-o FILE]}: writes every record in a format, to stdout or a file, with a
 * progress line on stderr when that is a terminal. A new format is one more entry in {@link #FORMATS}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, footer = {"  needle export ics -o ~/needle.ics",
        "  crontab: */30 * * * *  needle export ics -o /srv/www/cal/needle-7f3k9q.ics"},
        description = {"Write your records as yaml (full backup), ics (meetings, events, follow-ups and "
                + "keep-in-touch dates) or vcard (contacts).",
                "The yaml backup is the whole team's: it holds every teammate's private notes, with their authors, "
                + "and says so. The ics and vcard exports hold no private notes, not even yours.",
                "In the ics file meetings and events with a time have an alarm 30 minutes before; follow-ups, "
                + "keep-in-touch dates and all-day events one at 9:00 on their day (an overdue one is put on today). For a phone calendar to remind you too, "
                + "publish the file on your home server and subscribe to it: export it from cron into a folder "
                + "the web server serves (as in the example; nginx or Caddy serve a file as is), then add the URL "
                + "(https://home.example/cal/needle-7f3k9q.ics) as a subscribed calendar (iOS: Settings > Calendar "
                + "> Accounts > Add Subscribed Calendar; Android: an ICSx5-style subscription app; Thunderbird: "
                + "New Calendar > On the network). The file names people and meetings: give it a name nobody can "
                + "guess, or put it behind the server's password, and serve it over https only."})
final class ExportCommand extends Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(ExportCommand.class);
    private static final int PREP_SUMMARY_CHARS = 1500;

    /** Writes the database's records in one format, counting what it has written for the progress line. */
    interface Writing {
        /** {@code prepSheet} gives the summary of an event's prep sheet, for the formats that carry events. */
        void write(Backup backup, Writer out, LongConsumer written, Function<Event, String> prepSheet, ZoneId zone)
                throws IOException;
    }

    /** One format: how many records its progress counts up to, and how it writes them. */
    record Format(ToLongFunction<Backup> total, Writing writing) {
    }

    static final Map<String, Format> FORMATS = new TreeMap<>(Map.of(
            // The budget is written too, but the count is of list items: directions, needs, contacts, …
            "yaml", new Format(backup -> backup.size() - (backup.budget().isPresent() ? 1 : 0),
                    (backup, out, written, prep, zone) -> new NeedleYaml().writeBackup(backup, out, written)),
            "ics", new Format(backup -> backup.meetingRequests().size() + backup.contacts().size(),
                    (backup, out, written, prep, zone) -> new IcsCalendar(zone)
                            .write(backup, Instant.now(), out, written, prep)),
            "vcard", new Format(backup -> backup.contacts().size(),
                    (backup, out, written, prep, zone) -> new VCardFileWriter("4.0")
                            .write(backup, zone, out, "the vCard export", written))));

    /** The format names, for help and completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FORMATS.keySet().iterator();
        }
    }

    @Parameters(index = "0", paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "${COMPLETION-CANDIDATES}: yaml is a full backup (restores with `needle import yaml`), "
                    + "ics the meetings, planned events and follow-ups, vcard the contacts (vCard 4.0).")
    String format;

    // Named after the format as `needle import vcard FILE` names its file: people type it so.
    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "Write to this file, as -o does.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Format chosen = FORMATS.get(format);
        if (chosen == null) {
            return fail(NeedleCommand.USAGE, "unknown format \"" + format + "\"; use one of: "
                    + String.join(", ", FORMATS.keySet()));
        }
        if (file != null && output != null) {
            return fail(NeedleCommand.USAGE, "two files to write to (" + file + " and -o " + output + "); give one");
        }
        if (file != null) {
            output = file;
        }
        try {
            return output == null ? toStandardOutput(chosen) : toFile(chosen);
        } catch (UncheckedIOException failed) {
            return cannotWrite(failed.getCause());
        } catch (IOException failed) {
            return cannotWrite(failed);
        }
    }

    private int toStandardOutput(Format chosen) throws IOException {
        // Buffered as the file is: the writers hand over a few characters at a time. No progress when
        // the records themselves scroll by on the terminal stderr shares; piped away, there is.
        Writer out = new BufferedWriter(out(), 1 << 16);
        export(chosen, out, Progress.isTerminal(1));
        out.flush();
        out().flush();
        // A PrintWriter never throws: a full disk under `needle export yaml > backup.yaml` shows only here.
        if (out().checkError()) {
            LOG.error("Writing the export to standard output failed");
            return fail(NeedleCommand.MACHINE, "cannot write the export to standard output; what it got is incomplete");
        }
        return NeedleCommand.DONE;
    }

    /** The file is left as it was: the export goes to a file beside it, moved over it only when complete. */
    private int cannotWrite(IOException failed) {
        LOG.error("The export could not be written", failed);
        String where = output == null ? "the export to standard output" : output.toString();
        return fail(NeedleCommand.MACHINE, "cannot write " + where + ": " + reason(failed));
    }

    /** The operating system's words ("No space left on device"), never the name of a Java class. */
    private static String reason(IOException failed) {
        if (failed instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failed instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        String message = failed.getMessage();
        return message == null || message.isBlank() || OneLineErrors.namesAClass(message) ? "the write failed" : message;
    }

    private int toFile(Format chosen) throws IOException {
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            return fail(NeedleCommand.USAGE, output + " is a directory; give a file name with -o");
        }
        if (Files.exists(target)) {
            // A link is followed: the file it points at gets the export and the link stays a link.
            target = target.toRealPath();
            if (!Files.isRegularFile(target)) {
                // A device or a pipe (/dev/null, a FIFO) is written into; moving a file over it would replace it.
                exportInto(chosen, target);
                return NeedleCommand.DONE;
            }
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return fail(NeedleCommand.USAGE, "cannot write " + output + ": no folder " + folder);
        }
        // Written beside the target and moved into place, so a failed export never leaves half a file;
        // owner-only, because an export holds everything about everyone.
        Path partial = Files.createTempFile(folder, ".needle-export-", ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            exportInto(chosen, partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return NeedleCommand.DONE;
    }

    /** The start of an event's prep sheet: enough to read in a calendar entry, which is no place for all of it. */
    private String prepSummary(Event event) {
        String sheet = useCases().week().exportPrepSheet().plainText(event.id());
        if (sheet.length() <= PREP_SUMMARY_CHARS) {
            return sheet;
        }
        int cut = Character.isLowSurrogate(sheet.charAt(PREP_SUMMARY_CHARS)) ? PREP_SUMMARY_CHARS - 1 : PREP_SUMMARY_CHARS;
        return sheet.substring(0, cut) + "\n…";
    }

    /** Exports into {@code file} as UTF-8, buffered: the writers hand over a few characters at a time. */
    private void exportInto(Format chosen, Path file) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            export(chosen, out, false);
        }
    }

    /** Reads every record, then writes them, with a progress line on a terminal's stderr cleared at the end. */
    private void export(Format chosen, Writer out, boolean quiet) throws IOException {
        Progress progress = Progress.onStderr(spec.commandLine().getErr(), quiet);
        try {
            progress.show("reading records …");
            if (format.equals("yaml")) {
                exportYaml(out, progress);
                return;
            }
            long start = System.nanoTime();
            Backup backup = useCases().exportBackup().exportBackup();
            long read = System.nanoTime();
            long total = chosen.total().applyAsLong(backup);
            chosen.writing().write(backup, out, written -> progress.count("exporting", written, total), this::prepSummary, root().zone());
            // Where a slow export spends its time, for anyone reading the log (see docs/performance.md).
            LOG.info("Exported {} records as {}: read in {} ms, written in {} ms", total, format,
                    (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        } finally {
            progress.done();
        }
    }

    /**
     * The backup written while it is read, on a thread of its own (a large backup is mostly contacts,
     * and each page is written while the next is read); the count has no total until the reading ends.
     */
    private void exportYaml(Writer out, Progress progress) {
        long start = System.nanoTime();
        YamlBackupWriter yaml = new NeedleYaml().backupWriter(out, n -> progress.count("exporting", n, -1));
        long[] read = new long[1];
        BackupHandOver handOver = new BackupHandOver(yaml);
        Backup rest = handOver.run(sink -> {
            Backup others = useCases().exportBackup().exportBackup(sink);
            read[0] = System.nanoTime();
            return others;
        });
        // The budget is written too, but the count is of records: directions, needs, contacts, …
        long total = handOver.contacts() + rest.size() - (rest.budget().isPresent() ? 1 : 0);
        progress.count("exporting", total, total);
        progress.done();
        // The file says so at its top in the same case (never asking who acts: an export writes nothing).
        TeamBackupNotice.tell(spec.commandLine().getErr(), !rest.privateNotes().isEmpty());
        // Where a slow export spends its time, for anyone reading the log (see docs/performance.md).
        LOG.info("Exported {} records as yaml: read in {} ms (written alongside), the rest written in {} ms", total,
                (read[0] - start) / 1_000_000, (System.nanoTime() - read[0]) / 1_000_000);
    }
}
