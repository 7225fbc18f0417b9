package com.counteroffer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

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

    /** Adds the file log for a database in {@code dataFolder}; returns it, or null when the folder can't take one. */
    static Handler install(Path dataFolder) {
        try {
            Path folder = dataFolder.resolve(FOLDER);
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("counteroffer-%g.log").toString(), LIMIT_BYTES, COUNT,
                    true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            handler.setEncoding("UTF-8");
            Logger.getLogger("").addHandler(handler);
            return handler;
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(LogFiles.class.getName()).log(Level.WARNING, "No log file in " + dataFolder, e);
            return null;
        }
    }
}
