package com.counteroffer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Free room on the disk of a folder, and the one message for a full disk: where, and about how much
 * room to make. A full disk shows up as SQLITE_FULL, as an I/O error with no room left, or as
 * "No space left on device" from the file system.
 */
@FunctionalInterface
interface DiskSpace {

    /** The room kept free beyond a backup's size, so that a backup never takes the last bytes the database needs. */
    long MARGIN = 1L << 20;

    DiskSpace SYSTEM = folder -> {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
    };

    /** Bytes that can still be written in the folder (or the nearest folder above it that exists). */
    long usableBytes(Path folder) throws IOException;

    /** Whether the folder has fewer than {@code needed} bytes free; a disk that can't say is assumed roomy. */
    default boolean lacksRoom(Path folder, long needed) {
        try {
            return usableBytes(folder) < needed;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether this failure, or one of its causes, is the disk being full. */
    static boolean isFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof SQLException && (message.contains("sqlite_full") || message.contains("database or disk is full"))) {
                return true;
            }
            if (t instanceof IOException && (message.contains("no space left on device")
                    || message.contains("not enough space on the disk") || message.contains("disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether this failure is an SQLite I/O error (which a full disk causes when SQLite grows its shared memory). */
    static boolean isIoError(SQLException e) {
        return String.valueOf(e.getMessage()).contains("SQLITE_IOERR");
    }

    static StoreException full(Path folder, long needed, Throwable cause) {
        return new StoreException(StoreException.Kind.DISK_FULL, folder, "The disk that holds " + folder
                + " is full: Counteroffer could not write there, and nothing was half-written (what was saved before "
                + "is as it was). Free at least " + megabytes(needed) + " there (about the size of the database) "
                + "and try again.", cause);
    }

    /** Rounded up, never below 1 MB: it is the room to make. */
    static String megabytes(long bytes) {
        return Math.max(1, (bytes + (1L << 20) - 1) >> 20) + " MB";
    }

    /** The database and its write-ahead log, as they are now: about what a copy of it needs. */
    static long sizeOf(Path databaseFile) {
        long total = 0;
        for (Path part : new Path[] {databaseFile, databaseFile.resolveSibling(databaseFile.getFileName() + "-wal")}) {
            try {
                total += Files.size(part);
            } catch (IOException e) {
                // absent: nothing to add
            }
        }
        return total;
    }
}
