package com.counteroffer.cli;

import java.util.List;
import java.util.Set;

/**
 * The top-level commands by name. picocli builds its model of a command by reflection over its options;
 * for all fourteen that was a large part of a one-line command's run, so a command line gets only the
 * command it names (every one when it names none: the root's help, a mistyped name's suggestions).
 */
final class Subcommands {

    /** In the order the root's help lists them. */
    private static final List<String> NAMES = List.of("info", "backup", "restore", "export", "import", "position",
            "offers", "projection", "compare", "take-home", "negotiate", "clients", "report", "equity");

    /** The root's options that take a value, which may look like a command's name ({@code --client info}). */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--db", "--client");

    private Subcommands() {
    }

    static List<String> names() {
        return NAMES;
    }

    /** A new instance of the command of that name (a switch, not a table of method references: those load every class). */
    static Object create(String name) {
        return switch (name) {
            case "info" -> new InfoCommand();
            case "backup" -> new BackupCommand();
            case "restore" -> new RestoreCommand();
            case "export" -> new ExportCommand();
            case "import" -> new ImportCommand();
            case "position" -> new PositionCommand();
            case "offers" -> new OffersCommand();
            case "projection" -> new ProjectionCommand();
            case "compare" -> new CompareCommand();
            case "take-home" -> new TakeHomeCommand();
            case "negotiate" -> new NegotiateCommand();
            case "clients" -> new ClientsCommand();
            case "report" -> new ReportCommand();
            case "equity" -> new EquityCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** The command the arguments name (the first argument that is a command's name and no option's value), or null. */
    static String named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (NAMES.contains(arg)) {
                return arg;
            } else if (!arg.startsWith("-")) {
                return null; // a mistyped command: all of them, for picocli's suggestions
            }
        }
        return null;
    }
}
