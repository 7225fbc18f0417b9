package com.counteroffer.app;

import com.counteroffer.cli.StartupOptions;

import com.counteroffer.store.DataLocation;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The start path's shortcut: when the arguments only open the window ({@code --db PATH},
 * {@code --db=PATH}, {@code --startup-probe}, or none), they are read here and the command-line
 * model (picocli reflects over every command, a few hundred milliseconds) is never built. Anything
 * else, including a mistake, goes to the full command line, which explains it.
 */
final class GuiArguments {

    private GuiArguments() {
    }

    /** @param out where the probe's ready line goes; {@code err} where start-up errors go */
    static Optional<StartupOptions> parse(String[] args, PrintWriter out, PrintWriter err) {
        String db = null;
        boolean probe = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--startup-probe") && !probe) {
                probe = true;
            } else if (arg.equals("--db") && db == null && i + 1 < args.length && !args[i + 1].startsWith("-")
                    && !args[i + 1].isBlank()) {
                db = args[++i];
            } else if (arg.startsWith("--db=") && db == null && !arg.substring(5).isBlank()) {
                db = arg.substring(5);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new StartupOptions(DataLocation.databaseFile(db), probe, out, err));
        } catch (RuntimeException e) {
            return Optional.empty(); // an unusable path: the full command line says what is wrong
        }
    }
}
