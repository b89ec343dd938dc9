package dev.needle.app;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * What every command's help ends with, set once for the whole tree: the exit codes (one table, the
 * same for every command) and the heading of its example. The examples themselves are each
 * command's {@code footer}; a test walks the tree so no command ships without one.
 */
final class CommandHelp {
    /** The exit codes, as help, the man page and docs/cli.md give them. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    private CommandHelp() {
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(NeedleCommand.DONE), "done (for `needle query`: at least one address found)");
        codes.put(Integer.toString(NeedleCommand.BAD_INPUT), "bad input, nothing changed (for `needle query`: no address found)");
        codes.put(Integer.toString(NeedleCommand.USAGE), "usage error, or no usable terminal");
        codes.put(Integer.toString(NeedleCommand.MACHINE), "the machine failed (disk full, database unreachable, "
                + "no permission); says what was kept");
        return java.util.Collections.unmodifiableMap(codes);
    }

    static void complete(CommandLine line) {
        UsageMessageSpec usage = line.getCommandSpec().usageMessage();
        usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        if (usage.footer().length > 0) {
            usage.footerHeading(usage.footer().length == 1 ? "%nExample:%n" : "%nExamples:%n");
        }
        line.getSubcommands().values().stream().distinct().forEach(CommandHelp::complete);
    }
}
