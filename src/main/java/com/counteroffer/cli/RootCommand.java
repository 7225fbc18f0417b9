package com.counteroffer.cli;

import com.counteroffer.store.ClientRepository;
import com.counteroffer.domain.client.Client;
import com.counteroffer.store.DataLocation;
import com.counteroffer.store.Database;
import com.counteroffer.store.Recovery;
import com.counteroffer.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code counteroffer}: with no command, opens the window; the subcommands work without one. */
@Command(name = "counteroffer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Offline negotiation assistant for AI Infrastructure Engineers weighing US job offers in 2026.",
            "Without a command, opens the Counteroffer window."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  the command line was wrong (unknown option, missing value)",
            "  2  bad input or data (a number that is not one, an invalid file)",
            "  3  the database or its folder cannot be used",
            "  4  unexpected error, or no display for the window",
            "",
            "Data lives in one SQLite file, counteroffer.db, in the user's data folder:",
            "  Linux    $XDG_DATA_HOME/counteroffer/ or ~/.local/share/counteroffer/",
            "  macOS    ~/Library/Application Support/Counteroffer/",
            "  Windows  %%APPDATA%%\\Counteroffer\\"},
        subcommands = {InfoCommand.class, BackupCommand.class, RestoreCommand.class, ExportCommand.class, ImportCommand.class, PositionCommand.class, OffersCommand.class, ProjectionCommand.class, CompareCommand.class, TakeHomeCommand.class, NegotiateCommand.class,
            ClientsCommand.class, ReportCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Use this database file instead of the default (also: environment variable "
                    + DataLocation.DB_ENV + ").")
    private String db;

    @Option(names = "--client", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Work on this client's data (coach mode; the name is matched ignoring case). "
                    + "Without it, the default client \"Me\". See: counteroffer clients list")
    private String client;

    @Option(names = "--startup-probe",
            description = "Open the window, print {\"event\":\"ready\",\"ms\":N,\"rss_kb\":M} once its first frame is shown "
                    + "(N = milliseconds since the JVM started) and exit. Errors go to standard error.")
    private boolean startupProbe;

    @Spec
    private CommandSpec spec;

    /** The client every store has from its first version: "Me", the job seeker using the app alone. */
    static final long DEFAULT_CLIENT_ID = 1;

    private final GuiStarter gui;

    public RootCommand(GuiStarter gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        return gui.start(new StartupOptions(databaseFile(), startupProbe,
                spec.commandLine().getOut(), spec.commandLine().getErr()));
    }

    /** The database file every command uses: {@code --db}, then {@code COUNTEROFFER_DB}, then the default. */
    public Path databaseFile() {
        return DataLocation.databaseFile(db);
    }

    /** The root command of any (sub)command's spec, to reach the shared options. */
    static RootCommand of(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }

    /** The client {@code --client} names, or null without the option. */
    String clientName() {
        return client;
    }

    /**
     * The client whose data a command reads or writes: the one {@code --client} names, else the
     * default client. An unknown name is bad input rather than a new client, so a typo never
     * scatters one client's offers under a second name.
     */
    long clientId(Database database) {
        return clientRecord(database).id();
    }

    /** The client a command works on, with its name; see {@link #clientId(Database)}. */
    Client clientRecord(Database database) {
        ClientRepository clients = new ClientRepository(database, Clock.systemUTC());
        if (client == null) {
            return OffersCommand.join(clients.byId(DEFAULT_CLIENT_ID))
                    .orElse(new Client(DEFAULT_CLIENT_ID, "Me", false));
        }
        return OffersCommand.join(clients.byName(client.strip())).orElseThrow(() -> {
            List<Client> known = OffersCommand.join(clients.list());
            return new BadInputException("--client: no client called \"" + client + "\"; "
                    + (known.isEmpty() ? "there are no clients yet"
                            : "the clients are: " + known.stream().map(Client::name).collect(Collectors.joining(", ")))
                    + ". Add one with: counteroffer clients add NAME");
        });
    }

    /** Opens the store for a subcommand; a storage problem becomes exit code 3 with its message. */
    Database openDatabase() {
        try {
            return Database.open(databaseFile());
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.DAMAGED) {
                throw new StoreException(e.kind(), e.path(), e.getMessage() + " "
                        + new Recovery(databaseFile(), java.time.Clock.systemDefaultZone()).advice(), e);
            }
            throw e;
        }
    }
}
