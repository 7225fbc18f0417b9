package com.counteroffer.cli;

import com.counteroffer.store.StoreException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Builds the command line and turns every failure into a message on standard error and an exit code. */
public final class Cli {

    private Cli() {
    }

    public static int execute(String[] args, GuiStarter gui) {
        return commandLine(gui, args).execute(args);
    }

    /** The command line with every command. */
    public static CommandLine commandLine(GuiStarter gui) {
        return commandLine(gui, Subcommands.names());
    }

    /** The command line for these arguments: with only the command they name, or every one if they name none. */
    public static CommandLine commandLine(GuiStarter gui, String[] args) {
        String named = Subcommands.named(args);
        return commandLine(gui, named == null ? Subcommands.names() : java.util.List.of(named));
    }

    private static CommandLine commandLine(GuiStarter gui, java.util.Collection<String> commands) {
        CommandLine commandLine = new CommandLine(new RootCommand(gui));
        for (String name : commands) {
            commandLine.addSubcommand(name, Subcommands.create(name));
        }
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler(Cli::executionError);
        return commandLine;
    }

    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("counteroffer: " + error.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' to see the options.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int executionError(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        int code;
        if (error instanceof BadInputException || error instanceof com.counteroffer.service.InvalidInputException
                || error instanceof com.counteroffer.domain.offer.NoSuchOfferException) {
            code = ExitCode.BAD_INPUT;
            err.println("counteroffer: " + error.getMessage());
        } else if (error instanceof StoreException) {
            code = ExitCode.STORAGE;
            err.println("counteroffer: " + error.getMessage());
        } else {
            code = ExitCode.UNEXPECTED;
            // Looked up here, not held: a command that runs cleanly then never starts java.util.logging.
            Logger.getLogger(Cli.class.getName()).log(Level.SEVERE, "Unexpected error in " + command.getCommandName(), error);
            err.println("counteroffer: unexpected error: " + error
                    + ". Your saved data is unchanged. Please report this with the command you ran.");
        }
        err.flush();
        return code;
    }
}
