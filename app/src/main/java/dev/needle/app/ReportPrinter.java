package dev.needle.app;

import dev.needle.application.port.in.ImportReport;
import dev.needle.application.port.in.ImportReport.Kind;
import dev.needle.application.port.in.ImportReport.Outcome;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints an import report: the counts, then one line per merge or skip with its reason, and per
 * created person only when there is something to say (a namesake kept apart); someone known who
 * brought nothing new is only counted.
 */
final class ReportPrinter {
    /** Which file and which record in it an import record came from. */
    record Source(String file, int record) {
    }

    private ReportPrinter() {
    }

    static void print(ImportReport report, List<Source> sources, PrintWriter stdout) {
        // The command line's writer flushes at every line: 160 000 lines were as many writes to stdout.
        PrintWriter out = new PrintWriter(new BufferedWriter(stdout, 64 * 1024), false);
        long unchanged = report.count(Kind.UNCHANGED);
        out.println("created " + report.count(Kind.CREATED) + ", merged " + report.count(Kind.MERGED)
                + ", skipped " + report.count(Kind.SKIPPED) + (unchanged > 0 ? ", unchanged " + unchanged : "")
                + (report.dryRun() ? " (dry run: nothing was changed)" : ""));
        for (Outcome outcome : report.outcomes()) {
            // Last week's export imported again: a line for each person already known would bury what changed.
            if (outcome.kind() == Kind.CREATED && outcome.notes().isEmpty() || outcome.kind() == Kind.UNCHANGED) {
                continue;
            }
            Source source = sources.get(outcome.record() - 1);
            String where = Printable.clean(source.file()) + " record " + source.record()
                    + (outcome.line() > 0 ? " (line " + outcome.line() + ")" : "");
            out.println(outcome.kind().name().toLowerCase(Locale.ROOT) + " " + where + ": " + Printable.clean(outcome.name())
                    + (outcome.reason().isEmpty() ? "" : ": " + Printable.clean(outcome.reason())));
            outcome.notes().forEach(note -> out.println("  note: " + Printable.clean(note)));
        }
        out.flush();
        stdout.flush();
    }
}
