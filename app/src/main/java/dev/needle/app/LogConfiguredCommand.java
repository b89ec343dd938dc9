package dev.needle.app;

import dev.needle.application.port.in.LogConfiguredSourcesUseCase;
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
        LogConfiguredSourcesUseCase.Plan plan = LogSettings.plan(LogRun.configFile(root), root.environment());
        if (plan.isEmpty()) {
            out().println("Nothing to log: config.yaml has no log: section naming mail or calendars.");
            return NeedleCommand.DONE;
        }
        return LogRun.run(this, () -> useCases().logging().configured().logConfigured(plan, dryRun), json, suggest);
    }
}
