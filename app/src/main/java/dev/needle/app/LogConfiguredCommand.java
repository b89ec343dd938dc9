package dev.needle.app;

import dev.needle.application.port.in.LogConfiguredSourcesUseCase;
import dev.needle.application.port.in.LogReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code needle log configured}: every source of config.yaml's {@code log:} section, as one unit. */
@Command(name = "configured", mixinStandardHelpOptions = true,
        footer = {"  needle log configured", "  */30 * * * * needle log configured --json >/dev/null"},
        description = {"Log every mail source and calendar the log: section of config.yaml names, in one go: "
                + "if any of them cannot be read, nothing is logged. For cron or a timer; `needle remind` runs it first.",
                "log:",
                "  mail:",
                "    - maildir: ~/Mail/INBOX",
                "    - notmuch: \"date:30d..\"",
                "  calendars: [~/.calendars/work]",
                "  events: true"})
final class LogConfiguredCommand extends Subcommand {
    @Option(names = "--dry-run", description = "Print what would be logged and change nothing.")
    private boolean dryRun;

    @Option(names = "--suggest", description = "List the people in the mail you do not have yet.")
    private boolean suggest;

    @Option(names = "--json", description = "Print the reports as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        NeedleCommand root = root();
        if (plan(root).isEmpty()) {
            out().println("Nothing to log: config.yaml has no log: section naming mail or calendars.");
            return NeedleCommand.DONE;
        }
        return LogRun.run(this, () -> logConfigured(root, dryRun), json, suggest);
    }

    /**
     * The configured logging, one report per source (none when nothing is configured): what {@code needle
     * remind} runs before it builds its digest. A source that cannot be read throws the adapter's refusal
     * and nothing is logged.
     */
    static List<LogReport> logConfigured(NeedleCommand root, boolean dryRun) {
        LogConfiguredSourcesUseCase.Plan plan = plan(root);
        return plan.isEmpty() ? List.of() : root.useCases().logging().configured().logConfigured(plan, dryRun);
    }

    private static LogConfiguredSourcesUseCase.Plan plan(NeedleCommand root) {
        return LogSettings.plan(LogRun.configFile(root), root.environment());
    }
}
