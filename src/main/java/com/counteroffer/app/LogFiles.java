package com.counteroffer.app;

import com.counteroffer.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

/**
 * The window's log: warnings and errors also go to {@code logs/counteroffer-N.log} beside the
 * database (three files of 1 MB, the newest is 0), because a window started from a desktop menu
 * has no terminal to show them. Nothing in it leaves the machine.
 */
final class LogFiles {

    static final String FOLDER = "logs";
    private static final int LIMIT_BYTES = 1024 * 1024;
    private static final int COUNT = 3;

    private LogFiles() {
    }

    /**
     * Adds the file log for a database in {@code dataFolder}; returns it, or null when the folder can't
     * take one. The folders are made owner-only before any log file opens, and the log files are too.
     */
    static Handler install(Path dataFolder) {
        try {
            Path folder = dataFolder.resolve(FOLDER);
            OwnerOnlyFiles.createFolders(folder);
            restrictEarlierLogs(folder);
            OwnerOnlyLogFile handler = new OwnerOnlyLogFile(folder, "counteroffer-", LIMIT_BYTES, COUNT);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            return handler;
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(LogFiles.class.getName()).log(Level.WARNING, "No log file in " + dataFolder, e);
            return null;
        }
    }

    /** The logs folder is Counteroffer's own: what an earlier version left readable by others is made owner-only. */
    private static void restrictEarlierLogs(Path folder) throws IOException {
        OwnerOnlyFiles.restrict(folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    OwnerOnlyFiles.restrict(file);
                }
            }
        }
    }
}
