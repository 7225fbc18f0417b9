package com.counteroffer.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a second launch asks the running window to come to the front, with no network: it writes a
 * request file beside the database, the window (watching the folder) raises itself and deletes
 * the file, and the second launch sees it gone and knows it was heard.
 */
public final class RaiseRequests implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RaiseRequests.class.getName());
    private static final long POLL_MS = 50;

    private final WatchService watcher;

    private RaiseRequests(WatchService watcher) {
        this.watcher = watcher;
    }

    static Path requestFile(Path databaseFile) {
        Path file = databaseFile.toAbsolutePath();
        return file.resolveSibling(file.getFileName() + ".raise");
    }

    /**
     * Asks the window holding {@code databaseFile} to come forward.
     *
     * @return true when it answered within {@code wait}; false when nothing answered (the request is withdrawn)
     */
    public static boolean ask(Path databaseFile, Duration wait) {
        Path request = requestFile(databaseFile);
        try {
            // Owner-only and never through a link planted under its name, like every file beside the database.
            com.counteroffer.data.AtomicFiles.writeString(request, Long.toString(ProcessHandle.current().pid()));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                if (!Files.exists(request)) {
                    return true;
                }
                Thread.sleep(POLL_MS);
            }
            Files.deleteIfExists(request);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not ask the open window to come forward", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * Watches for requests on a daemon thread and runs {@code raise} (on that thread) for each.
     * Close it when the window closes.
     */
    public static RaiseRequests watch(Path databaseFile, Runnable raise) throws IOException {
        Path request = requestFile(databaseFile);
        Files.deleteIfExists(request); // left by a launch that gave up
        WatchService watcher = FileSystems.getDefault().newWatchService();
        request.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    key.pollEvents();
                    if (Files.exists(request)) {
                        raise.run();
                        Files.deleteIfExists(request);
                    }
                    key.reset();
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                // the window closed
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Stopped answering requests to come forward", e);
            }
        }, "counteroffer-raise");
        thread.setDaemon(true);
        thread.start();
        return new RaiseRequests(watcher);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
