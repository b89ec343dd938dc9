package dev.needle.app;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.vcard.VCardFileWriter;
import dev.needle.domain.Contact;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code needle export vcard [-o FILE]}: every contact as vCards, for an address book. */
@Command(name = "vcard", mixinStandardHelpOptions = true,
        description = "Export every contact as vCards (4.0 unless --vcard-version 3.0), with the fields an "
                + "earlier import kept, to stdout or to FILE.")
final class ExportVCardCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    private Path output;

    @Option(names = "--vcard-version", paramLabel = "VERSION", defaultValue = "4.0",
            description = "3.0 or 4.0 (default: ${DEFAULT-VALUE}).")
    private String version;

    @Override
    public Integer call() {
        if (!version.equals("3.0") && !version.equals("4.0")) {
            spec.commandLine().getErr().println("needle: --vcard-version must be 3.0 or 4.0, not " + version);
            return NeedleCommand.USAGE;
        }
        List<Contact> contacts = Commands.root(spec).useCases().searchContacts().search("", Integer.MAX_VALUE);
        VCardFileWriter writer = new VCardFileWriter(version);
        if (output == null) {
            writer.write(contacts, spec.commandLine().getOut(), "stdout");
            return NeedleCommand.DONE;
        }
        return toFile(writer, contacts);
    }

    /** Written beside the target and moved over it, so a failure never leaves half a file behind. */
    private int toFile(VCardFileWriter writer, List<Contact> contacts) {
        Path target = output.toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            spec.commandLine().getErr().println("needle: " + output + ": cannot write: no folder " + target.getParent());
            return NeedleCommand.USAGE;
        }
        if (Files.isDirectory(target)) {
            spec.commandLine().getErr().println("needle: " + output + ": is a directory; give a file name with -o");
            return NeedleCommand.USAGE;
        }
        try {
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                writer.write(contacts, out, output.toString());
            } catch (IOException | InterchangeException failed) {
                Files.deleteIfExists(partial);
                throw failed;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | InterchangeException failed) {
            spec.commandLine().getErr().println("needle: " + output + ": cannot write: " + failed.getMessage());
            return NeedleCommand.USAGE;
        }
        return NeedleCommand.DONE;
    }
}
