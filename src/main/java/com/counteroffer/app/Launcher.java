package com.counteroffer.app;

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
     * supported here, so the warning is noise on the user's terminal. Held to keep the level set.
     */
    private static final Logger JAVAFX_PLATFORM_LOG = Logger.getLogger("com.sun.javafx.application.PlatformImpl");
    /** PDFBox reports each substituted standard font; the report is fine and users need not read that. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private Launcher() {
    }

    public static void main(String[] args) {
        JAVAFX_PLATFORM_LOG.setLevel(Level.SEVERE);
        PDFBOX_LOG.setLevel(Level.SEVERE);
        Optional<StartupOptions> window = GuiArguments.parse(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true));
        System.exit(window.isPresent() ? CounterofferApp.run(window.get()) : Cli.execute(args, CounterofferApp::run));
    }
}
