package dev.needle.app;

import dev.needle.domain.English;
import dev.needle.application.port.in.SyncVdirUseCase;
import dev.needle.application.port.in.SyncVdirUseCase.SyncReport;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code needle sync vdir DIR [--dry-run] [--force]}: two-way sync with a folder of vCards. */
@Command(name = "vdir", mixinStandardHelpOptions = true,
        footer = {"  needle sync vdir ~/.contacts/needle --dry-run", "  needle sync vdir ~/.contacts/needle"},
        description = {"Two-way sync with a vdir: a folder of .vcf files, one card each, as vdirsyncer and khard"
                + " keep it (vdirsyncer then syncs it with a CardDAV server). The folder is created when missing.",
                "Each run copies what changed since the last run, both ways. A contact changed on both sides is"
                        + " merged field by field; where both changed the same field, Needle's value is kept and the"
                        + " address book's goes into a dated conflict note at the end of the notes.",
                "Deletions are copied too, but a run that would delete more than "
                        + SyncVdirUseCase.SAFETY_PERCENT + "%% of one side's contacts (and more than one) stops"
                        + " and changes nothing (exit 1) unless --force is given.",
                "Cards that cannot be read are left as they are and listed. Exit 1 also when DIR cannot be used."})
final class SyncVdirCommand extends Subcommand {
    @Parameters(paramLabel = "DIR", description = "The vdir folder (created when missing).")
    private Path folder;

    @Option(names = "--dry-run", description = "Print what would change on each side and change nothing.")
    private boolean dryRun;

    @Option(names = "--force", description = "Go ahead even when the run deletes more than "
            + SyncVdirUseCase.SAFETY_PERCENT + "%% of one side's contacts.")
    private boolean force;

    @Override
    public Integer call() {
        SyncVdirUseCase sync = VdirSyncWiring.over(root().stores(), new SystemClock(Clock.system(root().zone())),
                root().useCases().team()::me);
        SyncReport report;
        try {
            report = sync.sync(folder.toString(), dryRun, force);
        } catch (IllegalArgumentException unusable) {
            return fail(NeedleCommand.BAD_INPUT, English.followedBy(unusable.getMessage(), "nothing was changed"));
        }
        SyncReportPrinter.print(report, out());
        if (report.isStopped()) {
            return fail(NeedleCommand.BAD_INPUT, "stopped: " + report.stopped() + "; nothing was changed. If that is"
                    + " what you want, run again with --force (--dry-run lists every change).");
        }
        return NeedleCommand.DONE;
    }
}
