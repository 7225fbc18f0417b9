package com.counteroffer.app;

import com.counteroffer.cli.StartupOptions;

import com.counteroffer.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One run of the window, from the command line's decision to the exit code. The database starts
 * opening on a background thread while the JavaFX toolkit starts, so neither waits for the other.
 */
public final class Session implements AutoCloseable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_STORAGE = 3;
    public static final int EXIT_UNEXPECTED = 4;

    private final StartupOptions options;
    private final CompletableFuture<AppContext> opening;
    private volatile AppContext context;
    private volatile RuntimeException failure;
    private volatile int exitCode = EXIT_OK;
    private volatile java.util.logging.Handler logFile;

    private Session(StartupOptions options, CompletableFuture<AppContext> opening) {
        this.options = options;
        this.opening = opening;
    }

    public static Session begin(StartupOptions options) {
        CompletableFuture<AppContext> opening = new CompletableFuture<>();
        Session session = new Session(options, opening);
        Thread opener = new Thread(() -> {
            try {
                Path folder = options.databaseFile().toAbsolutePath().getParent();
                if (folder != null && !options.startupProbe()) {
                    session.logFile = LogFiles.install(folder);
                }
                opening.complete(AppContext.open(options.databaseFile()));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "counteroffer-open");
        opener.setDaemon(true);
        opener.start();
        return session;
    }

    /** A second launch that brought the open window forward did what the user wanted: exit 0. */
    private static int exitCodeFor(RuntimeException failure) {
        if (failure instanceof StoreException store) {
            return store.kind() == StoreException.Kind.ALREADY_OPEN_RAISED ? EXIT_OK : EXIT_STORAGE;
        }
        return EXIT_UNEXPECTED;
    }

    public StartupOptions options() {
        return options;
    }

    /** Waits for the database; remembers a failure instead of throwing it. Not on the JavaFX thread. */
    void awaitOpen() {
        try {
            context = opening.join();
        } catch (CompletionException e) {
            failure = e.getCause() instanceof RuntimeException runtime ? runtime : e;
            exitCode = exitCodeFor(failure);
        }
    }

    /**
     * Runs {@code repair} (moving a damaged file aside, copying a backup) and opens the database again,
     * both off the JavaFX thread; the outcome is in {@link #context()} and {@link #failure()} after.
     */
    CompletableFuture<Void> retry(Runnable repair) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                repair.run();
                context = AppContext.open(options.databaseFile());
                failure = null;
                exitCode = EXIT_OK;
            } catch (RuntimeException e) {
                failure = e;
                exitCode = exitCodeFor(e);
            }
            done.complete(null);
        }, "counteroffer-reopen");
        opener.setDaemon(true);
        opener.start();
        return done;
    }

    public AppContext context() {
        return context;
    }

    public RuntimeException failure() {
        return failure;
    }

    public int exitCode() {
        return exitCode;
    }

    void fail(int code) {
        exitCode = code;
    }

    /** Saves settings and closes the database. Safe to call more than once. */
    @Override
    public synchronized void close() {
        AppContext open = context;
        context = null;
        if (open != null) {
            open.close();
        }
        java.util.logging.Handler log = logFile;
        logFile = null;
        if (log != null) {
            java.util.logging.Logger.getLogger("").removeHandler(log);
            log.close();
        }
    }
}
