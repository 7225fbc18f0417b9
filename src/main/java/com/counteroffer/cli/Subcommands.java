package com.counteroffer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The top-level commands by name. picocli builds its model of a command by reflection over its options;
 * for all fourteen that was a large part of a one-line command's run, so a command line gets only the
 * command it names (every one when it names none: the root's help, a mistyped name's suggestions).
 */
final class Subcommands {

    /** In the order the root's help lists them. */
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("info", InfoCommand::new);
        ALL.put("backup", BackupCommand::new);
        ALL.put("restore", RestoreCommand::new);
        ALL.put("export", ExportCommand::new);
        ALL.put("import", ImportCommand::new);
        ALL.put("position", PositionCommand::new);
        ALL.put("offers", OffersCommand::new);
        ALL.put("projection", ProjectionCommand::new);
        ALL.put("compare", CompareCommand::new);
        ALL.put("take-home", TakeHomeCommand::new);
        ALL.put("negotiate", NegotiateCommand::new);
        ALL.put("clients", ClientsCommand::new);
        ALL.put("report", ReportCommand::new);
        ALL.put("equity", EquityCommand::new);
    }

    /** The root's options that take a value, which may look like a command's name ({@code --client info}). */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--db", "--client");

    private Subcommands() {
    }

    static Set<String> names() {
        return ALL.keySet();
    }

    /** A new instance of the command of that name. */
    static Object create(String name) {
        Supplier<Object> factory = ALL.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("no command " + name);
        }
        return factory.get();
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
            } else if (ALL.containsKey(arg)) {
                return arg;
            } else if (!arg.startsWith("-")) {
                return null; // a mistyped command: all of them, for picocli's suggestions
            }
        }
        return null;
    }
}
