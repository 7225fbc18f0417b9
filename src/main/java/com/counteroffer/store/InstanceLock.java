package com.counteroffer.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One window per database: the window holds an operating-system lock on a file beside the
 * database while it runs, so a second window on the same data says so instead of opening. (The
 * command line may still work alongside it: SQLite serialises the writes.) The lock goes with the
 * process, even when it is killed.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws a {@link StoreException} saying that Counteroffer is already open. */
    public static InstanceLock acquire(Path databaseFile) {
        Path file = fileFor(databaseFile);
        try {
            // Owner-only from the start, like every file beside the database.
            FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), OwnerOnlyFiles.fileAttributes());
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StoreException(StoreException.Kind.ALREADY_OPEN, databaseFile, "Counteroffer is already open "
                        + "with " + databaseFile + ". Switch to its window (it may be on another desktop or minimised); "
                        + "to work on other data at the same time, start it with --db PATH.");
            }
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, file, "Cannot create the lock file " + file + ": "
                    + e.getMessage() + ". Check the data folder's permissions.", e);
        }
    }

    /** The lock file of a database: {@code NAME.lock} beside it. */
    public static Path fileFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling(databaseFile.getFileName() + ".lock");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the process in any case.
        }
    }
}
