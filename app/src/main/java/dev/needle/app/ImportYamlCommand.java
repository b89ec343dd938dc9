package dev.needle.app;

import dev.needle.domain.English;
import dev.needle.adapter.interchange.yaml.BackupFile;
import dev.needle.adapter.interchange.yaml.NeedleYaml;
import dev.needle.adapter.interchange.yaml.PlanFile;
import dev.needle.adapter.interchange.yaml.YamlDocument;
import dev.needle.adapter.interchange.yaml.YamlFileException;
import dev.needle.application.EditConflictException;
import dev.needle.application.NotEmptyException;
import dev.needle.application.port.in.ImportPlanUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.domain.InvalidValueException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code needle import yaml FILE [--dry-run]}: applies a plan, or restores a full backup into an
 * empty database. The whole file is read and checked before anything is written, and it is written
 * in one unit: on any error nothing changes.
 */
@Command(name = "yaml", mixinStandardHelpOptions = true, footer = {"  needle import yaml plan.yaml --dry-run"},
        description = "Import a plan or restore a full backup written in Needle's YAML format "
        + "(docs/yaml-format.md).")
final class ImportYamlCommand extends Subcommand {
    @Parameters(paramLabel = "FILE", description = "The YAML file.")
    Path file;

    @Option(names = "--dry-run", description = "Report what would change, and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        try {
            return readAndApply();
        } catch (OutOfMemoryError tooLarge) {
            // Thrown while reading or while writing in the one transaction, which is then rolled back:
            // what held the backup is unreachable by now.
            LoggerFactory.getLogger(ImportYamlCommand.class).error("The YAML import ran out of memory", tooLarge);
            return fail(NeedleCommand.MACHINE, file + " needs more memory than Needle may use; run the import again"
                    + " with NEEDLE_MAX_HEAP=2g before it; nothing imported");
        }
    }

    private int readAndApply() {
        YamlDocument document;
        try {
            InputFiles.check(file, NeedleYaml.MAX_BYTES);
            document = new NeedleYaml().read(file.toString(), file);
        } catch (InputFiles.Refused | YamlFileException e) {
            return fail(NeedleCommand.BAD_INPUT, English.followedBy(e.getMessage(), "nothing imported"));
        } catch (UncheckedIOException e) {
            return fail(NeedleCommand.BAD_INPUT, English.followedBy(e.getMessage(), "nothing imported"));
        }
        try {
            if (document instanceof PlanFile plan) {
                return plan(plan);
            }
            return restore(((BackupFile) document).backup());
        } catch (NotEmptyException | InvalidValueException | EditConflictException e) {
            return fail(NeedleCommand.BAD_INPUT, English.followedBy(file + ": " + e.getMessage(), "nothing imported"));
        }
    }

    private int plan(PlanFile plan) {
        ImportPlanUseCase.Report report = useCases().importPlan().importPlan(plan.plan(), dryRun);
        String prefix = dryRun ? "would: " : "";
        report.changes().forEach(change -> out().println(prefix + Printable.clean(change)));
        out().println((dryRun ? "Dry run: " : "") + English.count(report.changes().size(), "change")
                + (report.changes().isEmpty() ? ": the database already matches the plan" : "")
                + (dryRun ? "; nothing was changed" : ""));
        if (plan.triage().isPresent()) {
            out().println("The plan's triage settings and templates are valid; Needle reads them from its "
                    + "config file, so copy those sections there to use them.");
        }
        return NeedleCommand.DONE;
    }

    private int restore(dev.needle.application.port.in.Backup backup) {
        RestoreBackupUseCase.Report r = useCases().restoreBackup().restore(backup, dryRun);
        out().println((dryRun ? "Dry run: would restore " : "Restored ") + English.count(r.directions(), "direction")
                + ", " + English.count(r.needs(), "need") + ", " + English.count(r.contacts(), "contact") + ", "
                + English.count(r.events(), "event") + ", " + English.count(r.interactions(), "interaction") + ", "
                + English.count(r.meetingRequests(), "meeting request")
                + (r.budget() ? " and the budget" : "") + (dryRun ? "; nothing was changed" : ""));
        return NeedleCommand.DONE;
    }
}
