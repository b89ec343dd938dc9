package dev.needle.app;

import java.time.ZoneId;
import dev.needle.adapter.tui.StartUpTimeline;
import dev.needle.adapter.interchange.drafts.DraftFiles;
import dev.needle.application.port.in.KeepDraftsUseCase;
import dev.needle.application.service.KeepDraftsService;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.triage.TriageSettings;
import dev.needle.adapter.interchange.yaml.NeedleConfig;
import dev.needle.adapter.interchange.yaml.NeedleYaml;
import dev.needle.adapter.interchange.yaml.YamlFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top {@code needle} command: global options, and the full-screen UI when run bare. */
@Command(
        name = "needle",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Know what you need before you spend time on people: a keyboard-driven "
                + "networking planner for the terminal.",
                "Run without a command for the full-screen UI; `needle help COMMAND` explains each command."},
        footer = {"  needle triage \"Ana Lima\" --format call"},
        exitCodeOnInvalidInput = NeedleCommand.USAGE,
        exitCodeOnExecutionException = NeedleCommand.BAD_INPUT)
public final class NeedleCommand implements Callable<Integer> {
    static final int DONE = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    /** Not the input's fault but the machine's: a full disk, a database that cannot be reached, permissions. */
    static final int MACHINE = 3;

    /**
     * The subcommands, in the order help lists them. Added in code rather than named in the annotation, so
     * a run can build only the one it was asked for ({@link OneCommandStart}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(ContactsCommand.class, NeedsCommand.class, TriageCommand.class,
            QueryCommand.class, AddFromMailCommand.class, LogCommand.class, ImportCommand.class, ExportCommand.class,
            PrepCommand.class, DueCommand.class, RemindCommand.class,
            InitCommand.class, BackupCommand.class, RestoreCommand.class, DoctorCommand.class,
            ServeCommand.class, CompletionCommand.class, HelpCommand.class, DuplicatesCommand.class,
            SyncCommand.class, TeamCommand.class, BudgetCommand.class);

    private static final Logger LOG = LoggerFactory.getLogger(NeedleCommand.class);

    private final BooleanSupplier interactiveTerminal;
    private final FullScreen fullScreen;
    private final Map<String, String> environment;

    @Spec private CommandSpec spec;

    private String databaseUrl;
    private Path configFile;
    private Path dataDir;
    private String me;
    private Session session;
    /** Set by {@link #readingUseCases} before the database opens: this run writes nothing. */
    private boolean readsOnly;
    /** Whether a run that only reads may search: false for one that reads no search text (`due`). */
    private boolean searches = true;
    /** Whether the database is opened for an import, built aside when the data folder has none yet. */
    private boolean importing;
    private WhoAreYou.Prompt prompt = WhoAreYou.Prompt.console();
    /** Whether the full screen sets its terminal up while the database opens ({@link TerminalFirst}). */
    private boolean terminalAhead;
    /** Builds this command's command line late, for a start that skipped it ({@link FullScreenStart}). */
    private Function<NeedleCommand, CommandLine> lateCommandLine = command -> commandLine(command);

    NeedleCommand(BooleanSupplier interactiveTerminal) {
        this(interactiveTerminal, System.getenv(), new TerminalUi());
    }

    NeedleCommand(BooleanSupplier interactiveTerminal, Map<String, String> environment) {
        this(interactiveTerminal, environment, new TerminalUi());
    }

    NeedleCommand(BooleanSupplier interactiveTerminal, FullScreen fullScreen) {
        this(interactiveTerminal, System.getenv(), fullScreen);
    }

    NeedleCommand(BooleanSupplier interactiveTerminal, Map<String, String> environment, FullScreen fullScreen) {
        this.interactiveTerminal = interactiveTerminal;
        this.environment = Map.copyOf(environment);
        this.fullScreen = fullScreen;
    }

    /** The configured command line, with one-line error reporting and Needle's exit codes. */
    static CommandLine commandLine(BooleanSupplier interactiveTerminal) {
        return commandLine(new NeedleCommand(interactiveTerminal));
    }

    static CommandLine commandLine(NeedleCommand command) {
        return commandLine(command, SUBCOMMANDS);
    }

    /** The configured command line with only {@code subcommands} under the top command. */
    static CommandLine commandLine(NeedleCommand command, List<Class<?>> subcommands) {
        CommandLine line = new CommandLine(command);
        for (Class<?> subcommand : subcommands) {
            CommandLine sub = new CommandLine(subcommand);
            // What picocli does for a subcommand named in the annotation: hand it its parent.
            for (IAnnotatedElement parent : sub.getCommandSpec().parentCommandElements()) {
                try {
                    parent.setter().set(command);
                } catch (Exception e) {
                    throw new CommandLine.InitializationException("cannot hand " + subcommand + " its parent: " + e, e);
                }
            }
            line.addSubcommand(sub);
        }
        line.setParameterExceptionHandler(new OneLineErrors())
                .setExecutionExceptionHandler(new OneLineErrors());
        // picocli's own message for a bad number says "is not an int": a Java word, not the user's.
        ITypeConverter<Integer> whole = text -> {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
            }
        };
        line.registerConverter(Integer.class, whole).registerConverter(int.class, whole);
        CommandHelp.complete(line);
        return line;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** Sets the terminal up while the database opens: for a start that cannot ask for a passphrase. */
    void setUpTerminalAhead() {
        this.terminalAhead = true;
    }

    /** How to build the command line if a start that skipped it needs one after all (to tell a problem). */
    void buildCommandLineWith(Function<NeedleCommand, CommandLine> builder) {
        this.lateCommandLine = builder;
    }

    /** This run's command line: the one that parsed the arguments, or one built now if none did. */
    CommandLine commandLine() {
        if (spec == null) {
            return lateCommandLine.apply(this); // picocli injects the spec while it builds, so later calls find it
        }
        return spec.commandLine();
    }

    boolean interactive() {
        return interactiveTerminal.getAsBoolean();
    }

    Places places() {
        return Places.fromEnvironment(environment);
    }

    @Option(names = "--db", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Database to use: mem: (nothing kept), a jdbc:h2:... or a "
                    + "jdbc:postgresql://... URL (default: an H2 file in the data folder).")
    void setDatabaseUrl(String url) {
        this.databaseUrl = OptionChecks.databaseUrl(url).orElseThrow(this::refused);
    }

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: $XDG_CONFIG_HOME/needle/config.yaml).")
    void setConfigFile(Path file) {
        this.configFile = OptionChecks.configFile(file).orElseThrow(this::refused);
    }

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for Needle's data (default: $XDG_DATA_HOME/needle).")
    void setDataDir(Path dir) {
        this.dataDir = OptionChecks.dataDir(dir).orElseThrow(this::refused);
    }

    @Option(names = "--me", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who you are on a database several people share (default: NEEDLE_ME, else me: in "
                    + "config.yaml, else the teammate named like your system account).")
    void setMe(String name) {
        PersonName.problem(name).ifPresent(problem -> {
            throw refused("--me: " + problem);
        });
        this.me = name.strip();
    }

    /** Where the "who are you?" question is asked; the console unless a test says otherwise. */
    NeedleCommand askingWith(WhoAreYou.Prompt prompt) {
        this.prompt = prompt;
        return this;
    }

    Optional<String> databaseUrl() {
        return Optional.ofNullable(databaseUrl);
    }

    Optional<Path> configFile() {
        return Optional.ofNullable(configFile);
    }

    Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /**
     * The use cases over the chosen database, opened on first use and shared by the subcommands of
     * this run; {@link #close()} lets go of the database.
     */
    UseCases useCases() {
        if (session == null) {
            Path configPath = configFile().orElse(places().configFile());
            // Read (and checked) before the database opens, so a wrong value changes nothing.
            NeedleConfig config = config(configPath);
            StartUpTimeline.mark("configuration read");
            OpenDatabase db = readsOnly ? ChosenDatabase.openToRead(this, environment, searches)
                    : importing ? ChosenDatabase.openForImport(this, environment) : ChosenDatabase.open(this, environment);
            StartUpTimeline.mark("database open");
            // The user's zone, which a home server's need not be; every command's clock and calendar take it.
            ZoneId zone = config.zone().orElse(ZoneId.systemDefault());
            SystemClock clock = new SystemClock(Clock.system(zone));
            LocalPerson person = new LocalPerson(db.stores().team(), db.stores().ids(), clock, givenName(configPath),
                    System.getProperty("user.name", "me"));
            UseCases.Shared shared = UseCases.Shared.over(db.stores());
            UseCases useCases = UseCases.wire(shared, db.stores(), clock, config.triage(), MeetingDefaults.standard(),
                    person);
            config.budget().ifPresent(budget -> ConfiguredBudget.apply(budget, useCases));
            StartUpTimeline.mark("use cases wired");
            session = new Session(db, config.triage(), config.budget().map(b -> configPath), useCases, shared, person,
                    configPath, zone);
        }
        return session.useCases();
    }

    /**
     * The use cases for a run that writes nothing and ends in moments (a script's search or list): the
     * database may be opened read-only. Nothing the run then writes would be kept.
     */
    UseCases readingUseCases() {
        if (session == null) {
            readsOnly = true;
        }
        return useCases();
    }

    /**
     * {@link #readingUseCases} for a run that reads no search text ({@code needle due}): search texts kept
     * under another fold do not keep the database from being opened read-only.
     */
    UseCases readingUseCasesWithoutSearch() {
        if (session == null) {
            searches = false;
        }
        return readingUseCases();
    }

    /**
     * The use cases for an import: a data folder without a database gets it built aside, and it appears
     * only through {@link #putImportInPlace()} once the import is done.
     */
    UseCases importingUseCases() {
        if (session == null) {
            importing = true;
        }
        return useCases();
    }

    /**
     * Puts the database an import built aside in place (true at once for one that was in place). False
     * when another Needle created the data folder's database meanwhile: nothing of the import is kept.
     */
    boolean putImportInPlace() {
        return session == null || session.db().putInPlace();
    }

    /** The name this run acts under, when one is given: --me, else NEEDLE_ME, else me: in config.yaml. */
    private Optional<String> givenName(Path configPath) {
        if (me != null) {
            return Optional.of(me);
        }
        String fromEnvironment = environment.getOrDefault("NEEDLE_ME", "").strip();
        if (!fromEnvironment.isEmpty()) {
            PersonName.problem(fromEnvironment).ifPresent(problem -> {
                throw new NeedleFailure(USAGE, "NEEDLE_ME: " + problem);
            });
            return Optional.of(fromEnvironment);
        }
        Optional<String> configured = MeConfig.name(configPath);
        configured.flatMap(PersonName::problem).ifPresent(problem -> {
            throw new NeedleFailure(USAGE, configPath + ": me: " + problem);
        });
        return configured;
    }

    /** What every SSH session of {@code needle serve} shares: the search index and guarded transactions. */
    UseCases.Shared shared() {
        useCases();
        return session.shared();
    }

    /** Who this run acts as on this machine, as far as it is settled. */
    LocalPerson person() {
        useCases();
        return session.person();
    }

    /**
     * The acting person's drafts over this run's database, in the private state folder (see
     * {@code DraftFiles} for why files and not a table).
     */
    KeepDraftsUseCase drafts() {
        useCases();
        return new KeepDraftsService(new DraftFiles(draftsFolder()), session.person(),
                new SystemClock(Clock.system(session.zone())));
    }

    /** The folder of this run's database's drafts. */
    Path draftsFolder() {
        return DraftFolder.of(places().stateDir(), DraftFolder.database(this, environment));
    }

    /** The configuration file this run read. */
    Path configPath() {
        return configFile().orElse(places().configFile());
    }

    /** The opened database's store ports, for commands wired outside {@link UseCases} (the vdir sync). */
    StorePorts stores() {
        useCases();
        return session.db().stores();
    }

    /** What the config file sets when there is one; a broken file stops the run (exit 2). */
    private NeedleConfig config(Path config) {
        if (!Files.isRegularFile(config)) {
            return NeedleConfig.DEFAULTS;
        }
        try {
            return new NeedleYaml().readConfig(config.toString(), InputFiles.read(config, NeedleYaml.MAX_BYTES));
        } catch (InputFiles.Refused | YamlFileException e) {
            throw new ParameterException(commandLine(), "config: " + e.getMessage());
        }
    }

    /** The config file that set the budget at this start, when it names one. */
    Optional<Path> budgetConfigFile() {
        useCases();
        return session.budgetConfigFile();
    }

    /** The user's time zone: config.yaml's {@code time-zone:}, else the machine's. */
    ZoneId zone() {
        useCases();
        return session.zone();
    }

    /** The configured triage settings (message templates among them) of the opened session. */
    TriageSettings triage() {
        useCases();
        return session.triage();
    }

    /** Closes the database if this run opened one. */
    void close() throws Exception {
        if (session != null) {
            session.db().close();
            session = null;
        }
    }

    private record Session(OpenDatabase db, TriageSettings triage, Optional<Path> budgetConfigFile, UseCases useCases,
                           UseCases.Shared shared, LocalPerson person, Path configPath, ZoneId zone) {
    }

    /**
     * On a shared database that does not know this person yet, asks who they are on the terminal before the
     * full screen starts, and remembers the answer in config.yaml so it is asked once.
     */
    private boolean knowWhoIsHere(FullScreen.SetUpAhead terminal) throws java.io.IOException {
        Optional<dev.needle.domain.Team> team = session.person().undecided();
        if (team.isEmpty()) {
            return true;
        }
        terminal.close();
        Optional<String> answer = WhoAreYou.ask(team.get(), prompt);
        if (answer.isEmpty()) {
            commandLine().getErr().println("needle: no answer, so Needle does not know who you are; "
                    + LocalPerson.HOW_TO_CHOOSE);
            return false;
        }
        dev.needle.domain.Teammate chosen = session.person().choose(answer.get());
        Optional<String> unsaved = MeConfig.remember(session.configPath(), chosen.name());
        if (unsaved.isPresent()) {
            prompt.say("Welcome, " + Printable.clean(chosen.name()) + ". Needle " + unsaved.get() + ".");
        } else {
            prompt.say("Welcome, " + Printable.clean(chosen.name()) + ". Saved as me: in " + session.configPath() + ".");
        }
        LOG.info("Person chosen at the terminal: {}", chosen.name());
        return true;
    }

    @Override
    public Integer call() throws Exception {
        if (!interactiveTerminal.getAsBoolean()) {
            LOG.info("Started without a terminal; nothing to show");
            commandLine().getErr().println("needle: no terminal: the full-screen UI needs an "
                    + "interactive terminal; try `needle --help`");
            return USAGE;
        }
        // Given back before anything is told or asked on the plain terminal: an error, or who is here.
        try (FullScreen.SetUpAhead terminal = terminalAhead ? fullScreen.setUpAhead() : FullScreen.SetUpAhead.NOTHING) {
            UseCases useCases = useCases();
            if (!knowWhoIsHere(terminal)) {
                return USAGE;
            }
            try (SyncOnInterval sync = TrainingStart.asked() ? SyncOnInterval.none() : SyncOnInterval.startIfConfigured(this)) {
                fullScreen.show(useCases, session.triage(), session.budgetConfigFile(), drafts());
            }
        }
        return DONE;
    }

    private ParameterException refused(String problem) {
        return new ParameterException(commandLine(), problem);
    }
}
