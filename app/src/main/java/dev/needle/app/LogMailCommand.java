package dev.needle.app;

import dev.needle.application.port.in.LogMailUseCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code needle log mail SOURCE | --notmuch QUERY}: email interactions from mail headers. */
@Command(name = "mail", mixinStandardHelpOptions = true,
        footer = {"  needle log mail ~/Mail/INBOX --dry-run", "  needle log mail ~/mail/sent.mbox --suggest",
                "  needle log mail --notmuch 'date:7d..' --json"},
        description = {"Log email interactions from a Maildir folder, an mbox file, or the messages a notmuch query "
                + "finds. Only headers are read. A thread on one day with a known contact is one email interaction, "
                + "sent or received by your own addresses (config.yaml me: addresses:, else notmuch's user.primary_email "
                + "and user.other_email). Mailing lists (List-Id, List-Unsubscribe, Precedence bulk/list/junk), automatic "
                + "messages (Auto-Submitted) and no-reply senders (noreply, no-reply, donotreply, mailer-daemon, "
                + "postmaster, bounce) are skipped. Unknown people are never added; --suggest lists them.",
                "Running it again logs nothing twice. A message that cannot be read stops the run and nothing is logged."})
final class LogMailCommand extends Subcommand {
    @Parameters(arity = "0..1", paramLabel = "SOURCE", description = "A Maildir folder (with cur/ and new/) or an mbox file.")
    private Path source;

    @Option(names = "--notmuch", paramLabel = "QUERY", description = "Read the messages this notmuch query finds "
            + "(NOTMUCH_CONFIG chooses the database, as for notmuch).")
    private String query;

    @Option(names = "--dry-run", description = "Print what would be logged and change nothing.")
    private boolean dryRun;

    @Option(names = "--suggest", description = "List the people in the mail you do not have yet, with how many messages.")
    private boolean suggest;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        if ((source == null) == (query == null)) {
            return fail(NeedleCommand.USAGE, "give a Maildir folder or an mbox file, or --notmuch QUERY (one of them)");
        }
        LogMailUseCase.Source from = query != null ? new LogMailUseCase.Source(LogMailUseCase.Kind.NOTMUCH, query)
                : new LogMailUseCase.Source(Files.isDirectory(source) ? LogMailUseCase.Kind.MAILDIR : LogMailUseCase.Kind.MBOX,
                source.toString());
        return LogRun.run(this, () -> List.of(useCases().logging().mail()
                .logMail(new LogMailUseCase.Command(from, LogRun.me(this), dryRun))), json, suggest);
    }
}
