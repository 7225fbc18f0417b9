package com.counteroffer.app;

import com.counteroffer.app.cds.ArchiveRefresh;
import com.counteroffer.cli.StartupOptions;

import com.counteroffer.cli.Cli;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The process entry point. It is not the {@code Application} subclass, because a class that
 * extends {@code Application} cannot be the main class of a classpath jar.
 */
public final class Launcher {

    /**
     * JavaFX warns on every start that it runs from the classpath; that is how the jar is built and
     * supported here, so the warning is noise on the user's terminal. JavaFX logs under the name
     * "javafx" (the line shows the class that called it). Held to keep the filter set.
     */
    private static Logger javafxPlatformLog;
    /** PDFBox reports each substituted standard font; the report is fine and users need not read that. */
    private static Logger pdfboxLog;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty(ArchiveRefresh.PROPERTY) != null) {
            // A hook, not a line after the run: an exception or a System.exit inside the app still gets here.
            Runtime.getRuntime().addShutdownHook(new Thread(ArchiveRefresh::afterRun, "cds-refresh"));
        }
        Optional<StartupOptions> window = GuiArguments.parse(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true));
        if (window.isEmpty()) {
            // A command configures logging only if it logs: see CommandLogConfig.
            System.setProperty("java.util.logging.config.class", CommandLogConfig.class.getName());
        } else {
            configureWindowLog();
        }
        int code = window.isPresent() ? CounterofferApp.run(window.get()) : Cli.execute(args, options -> {
            configureWindowLog();
            return CounterofferApp.run(options);
        });
        System.exit(code);
    }

    private static void configureWindowLog() {
        javafxPlatformLog = Logger.getLogger("javafx");
        // Only that one line: other JavaFX warnings (e.g. CSS under "javafx.css") still reach the log.
        javafxPlatformLog.setFilter(line -> line.getMessage() == null
                || !line.getMessage().startsWith("Unsupported JavaFX configuration"));
        pdfboxLog = Logger.getLogger("org.apache.pdfbox");
        pdfboxLog.setLevel(Level.SEVERE);
    }
}
