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
    private static final Logger JAVAFX_PLATFORM_LOG = Logger.getLogger("javafx");
    /** PDFBox reports each substituted standard font; the report is fine and users need not read that. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private Launcher() {
    }

    public static void main(String[] args) {
        // Only that one line: other JavaFX warnings (e.g. CSS under "javafx.css") still reach the log.
        JAVAFX_PLATFORM_LOG.setFilter(line -> line.getMessage() == null
                || !line.getMessage().startsWith("Unsupported JavaFX configuration"));
        PDFBOX_LOG.setLevel(Level.SEVERE);
        if (System.getProperty(ArchiveRefresh.PROPERTY) != null) {
            // A hook, not a line after the run: an exception or a System.exit inside the app still gets here.
            Runtime.getRuntime().addShutdownHook(new Thread(ArchiveRefresh::afterRun, "cds-refresh"));
        }
        Optional<StartupOptions> window = GuiArguments.parse(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true));
        if (window.isEmpty()) {
            quietConsoleLog();
        }
        int code = window.isPresent() ? CounterofferApp.run(window.get()) : Cli.execute(args, CounterofferApp::run);
        System.exit(code);
    }

    /**
     * A command says what matters in its own words on standard error ("counteroffer: warning: …");
     * the same news as a dated log record would say it twice. (The window keeps its log file.)
     */
    private static void quietConsoleLog() {
        for (java.util.logging.Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                handler.setLevel(Level.OFF);
            }
        }
    }
}
