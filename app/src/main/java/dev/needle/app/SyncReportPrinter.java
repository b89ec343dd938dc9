package dev.needle.app;

import dev.needle.application.port.in.SyncVdirUseCase.Change;
import dev.needle.application.port.in.SyncVdirUseCase.SyncReport;
import java.io.PrintWriter;
import java.util.List;

/** A sync's report in plain words: each side's changes, the conflicts kept, the cards left alone. */
final class SyncReportPrinter {
    private SyncReportPrinter() {
    }

    static void print(SyncReport report, PrintWriter out) {
        boolean would = report.dryRun() || report.isStopped();
        if (report.dryRun()) {
            out.println("Dry run: nothing was changed. A sync would do this:");
        }
        side(out, "In Needle:", report.needle());
        side(out, "In the address book (" + Printable.clean(report.folder()) + "):", report.addressBook());
        if (!report.conflicts().isEmpty()) {
            out.println("Changed on both sides, Needle's value kept, the other in a conflict note:");
            report.conflicts().forEach(line -> out.println("  " + Printable.clean(line)));
        }
        if (!report.skipped().isEmpty()) {
            out.println("Left as they are (could not be read):");
            report.skipped().forEach(line -> out.println("  " + Printable.clean(line)));
        }
        out.println((would ? "Would sync: " : "Synced: ") + "Needle " + counts(report.needle())
                + "; address book " + counts(report.addressBook()) + ".");
        out.flush();
    }

    private static void side(PrintWriter out, String heading, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.println(heading);
        for (Change change : changes) {
            String mark = switch (change.kind()) {
                case ADDED -> "+ added ";
                case UPDATED -> "~ updated ";
                case DELETED -> "- deleted ";
                case KEPT -> "= kept ";
            };
            out.println("  " + mark + Printable.clean(change.name())
                    + (change.detail().isEmpty() ? "" : " (" + Printable.clean(change.detail()) + ")"));
        }
    }

    private static String counts(List<Change> changes) {
        return count(changes, Change.Kind.ADDED) + " added, " + count(changes, Change.Kind.UPDATED) + " updated, "
                + count(changes, Change.Kind.DELETED) + " deleted"
                + (count(changes, Change.Kind.KEPT) > 0 ? ", " + count(changes, Change.Kind.KEPT) + " kept" : "");
    }

    private static long count(List<Change> changes, Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
