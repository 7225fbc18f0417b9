package com.counteroffer.cli;

import com.counteroffer.domain.client.Client;
import com.counteroffer.service.DataFiles;
import com.counteroffer.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code counteroffer}: with no command, opens the window; the subcommands work without one. They are added
 * by name ({@link Subcommands}), only the one a command line names.
 */
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
            "  3  the database or its folder cannot be used, or a saved row the answer needed can't be read",
            "  4  unexpected error, or no display for the window",
            "",
            "Data lives in one SQLite file, counteroffer.db, in the user's data folder:",
            "  Linux    $XDG_DATA_HOME/counteroffer/ or ~/.local/share/counteroffer/",
            "  macOS    ~/Library/Application Support/Counteroffer/",
            "  Windows  %%APPDATA%%\\Counteroffer\\"})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Use this database file instead of the default (also: environment variable "
                    + DataFiles.DB_ENV + ").")
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
        return DataFiles.databaseFile(db);
    }

    /** The root command of any (sub)command's spec, to reach the shared options. */
    static RootCommand of(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }

    /** The client {@code --client} names, or null without the option. */
    String clientName() {
        return client;
    }

    /** Opens the database for a command; a storage problem becomes exit code 3 with its message. */
    Services openServices() {
        Services services = Services.open(databaseFile());
        services.openingNotice().ifPresent(notice -> {
            spec.commandLine().getErr().println("counteroffer: warning: " + notice);
            spec.commandLine().getErr().flush();
        });
        return services;
    }

    /**
     * The client a command works on: the one {@code --client} names, else the default client. An
     * unknown name is bad input rather than a new client.
     */
    Client client(Services services) {
        return services.clients().resolve(client);
    }
}
