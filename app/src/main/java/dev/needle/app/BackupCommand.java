package dev.needle.app;

import dev.needle.domain.English;
import dev.needle.adapter.persistence.jdbi.JdbiPersistence;
import dev.needle.application.StorageFailedException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code needle backup [-o FILE]}: the whole H2 database as a zip-compressed SQL script. */
@Command(name = "backup", mixinStandardHelpOptions = true, footer = {"  needle backup -o ~/needle-backup.zip"},
        description = "Write the whole database to a compressed SQL script (default: backups/needle-<time>.zip "
                + "in the data folder; .aes, encrypted with the same passphrase, for an encrypted database). "
                + "A PostgreSQL database is backed up with pg_dump. The backup is the whole team's, every "
                + "teammate's private notes included.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand private NeedleCommand parent;
    @Spec private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the backup; it must not exist yet.")
    private Path output;

    private final Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        if (ChosenDatabase.isPostgres(parent, env)) {
            throw new NeedleFailure(NeedleCommand.USAGE, "a PostgreSQL database is backed up with the server's own "
                    + "tools: pg_dump (and restored with pg_restore); Needle does not do it");
        }
        try (JdbiPersistence db = ChosenDatabase.openJdbi(parent, env)) {
            Path file = output != null ? output : db.newBackupFile("needle").orElseThrow(() ->
                    new NeedleFailure(NeedleCommand.USAGE, "this database has no folder to keep backups in; give -o FILE"));
            db.backupTo(file);
            spec.commandLine().getOut().println(Printable.clean(file.toAbsolutePath().toString()));
            TeamBackupNotice.tell(spec.commandLine().getErr(), db.team().team().isShared()
                    || !db.privateNotes().findAll().isEmpty());
        } catch (StorageFailedException storage) {
            // The half-written script is gone already (it is written aside and renamed only when whole).
            LoggerFactory.getLogger(BackupCommand.class).error("The backup failed", storage);
            throw new NeedleFailure(NeedleCommand.MACHINE, English.followedBy(storage.getMessage(), "no backup was written"));
        }
        return NeedleCommand.DONE;
    }
}
