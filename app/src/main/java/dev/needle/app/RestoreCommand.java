package dev.needle.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code needle restore FILE [--force]}: puts a backup back as the data folder's database, all or nothing.
 * A database that holds data is replaced only with {@code --force} (no question asked; its old file is kept).
 */
@Command(name = "restore", mixinStandardHelpOptions = true, footer = {"  needle restore ~/needle-backup.zip --force"},
        description = "Load a backup made by `needle backup` as the database of the data folder. "
                + "A database that already holds data is replaced only with --force.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand private NeedleCommand parent;
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup written by `needle backup`.")
    private Path file;

    @Option(names = "--force", description = "Replace a database that holds data (its old file is kept in backups/).")
    private boolean force;

    private final Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        if (ChosenDatabase.isPostgres(parent, env)) {
            throw new NeedleFailure(NeedleCommand.USAGE, "a PostgreSQL database is restored with the server's own "
                    + "tools: pg_restore or psql (from a pg_dump backup); Needle does not do it");
        }
        if (ChosenDatabase.databaseUrl(parent, env).isPresent()) {
            throw new NeedleFailure(NeedleCommand.USAGE, "restore loads into the data folder's database; "
                    + "choose the folder with --data-dir instead of --db");
        }
        EmbeddedDatabase db = new EmbeddedDatabase(ChosenDatabase.dataDir(parent, env), env, PassphrasePrompt.console());
        Optional<Path> replaced = db.restore(file, force);
        spec.commandLine().getOut().println(Printable.clean("Restored " + file + " into " + db.databaseFile()));
        replaced.ifPresent(kept -> spec.commandLine().getOut()
                .println(Printable.clean("The database it replaced is kept as " + kept)));
        return NeedleCommand.DONE;
    }
}
