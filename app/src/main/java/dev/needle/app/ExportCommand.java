package dev.needle.app;

import dev.needle.adapter.interchange.ics.IcsCalendar;
import dev.needle.adapter.interchange.vcard.VCardFileWriter;
import dev.needle.adapter.interchange.yaml.NeedleYaml;
import java.io.IOException;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code needle export FORMAT [-o FILE]}: writes every record in a format, to stdout or a file. A new
 * format is one more entry in {@link #FORMATS}.
 */
@Command(name = "export", description = "Write your records as yaml (full backup), ics (meetings and follow-ups) or vcard (contacts).")
final class ExportCommand extends Subcommand {
    /** Writes the database's records in one format. */
    interface Format {
        void write(UseCases app, Writer out) throws IOException;
    }

    static final Map<String, Format> FORMATS = new TreeMap<>(Map.of(
            "yaml", (app, out) -> new NeedleYaml().writeBackup(app.exportBackup().exportBackup(), out),
            "ics", (app, out) -> new IcsCalendar(ZoneId.systemDefault())
                    .write(app.exportBackup().exportBackup(), Instant.now(), out),
            "vcard", (app, out) -> new VCardFileWriter("4.0")
                    .write(app.exportBackup().exportBackup().contacts(), out, "the vCard export")));

    @Parameters(paramLabel = "FORMAT", description = "yaml, ics or vcard.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Format writer = FORMATS.get(format);
        if (writer == null) {
            return fail(NeedleCommand.USAGE, "unknown format \"" + format + "\"; use one of: "
                    + String.join(", ", FORMATS.keySet()));
        }
        if (output == null) {
            writer.write(useCases(), out());
            out().flush();
            return NeedleCommand.DONE;
        }
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            return fail(NeedleCommand.USAGE, output + " is a directory; give a file name with -o");
        }
        if (!Files.isDirectory(target.getParent())) {
            return fail(NeedleCommand.USAGE, "cannot write " + output + ": no folder " + target.getParent());
        }
        // Written beside the target and moved into place, so a failed export never leaves half a file;
        // owner-only, because an export holds everything about everyone.
        Path partial = Files.createTempFile(target.getParent(), ".needle-export-", ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            // Buffered: the YAML emitter hands over a few characters at a time, each one an encoder call otherwise.
            try (Writer out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8), 1 << 16)) {
                writer.write(useCases(), out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return NeedleCommand.DONE;
    }
}
