package dev.needle.app;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code needle init [--encrypt]}: creates the database in the data folder, encrypted at rest if asked. */
@Command(name = "init", mixinStandardHelpOptions = true, footer = {"  needle init --encrypt"},
        description = "Create Needle's database in the data folder.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand private NeedleCommand parent;
    @Spec private CommandSpec spec;

    @Option(names = "--encrypt", description = "Encrypt the database file (AES). The passphrase comes from "
            + "NEEDLE_PASSPHRASE or is asked twice at the terminal; without it the data cannot be read, "
            + "by anyone, so keep it safe.")
    private boolean encrypt;

    private final Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        if (ChosenDatabase.databaseUrl(parent, env).isPresent()) {
            throw new NeedleFailure(NeedleCommand.USAGE, "init creates the database in the data folder; "
                    + "a database given with --db is created by its own server or on first use");
        }
        EmbeddedDatabase db = new EmbeddedDatabase(ChosenDatabase.dataDir(parent, env), env, PassphrasePrompt.console());
        db.create(encrypt);
        spec.commandLine().getOut().println(Printable.clean("Created "
                + (encrypt ? "an encrypted database: " : "the database: ") + db.databaseFile()));
        return NeedleCommand.DONE;
    }
}
