package com.counteroffer.service;

import com.counteroffer.store.Backups;
import com.counteroffer.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Backups on request and restores, for the Settings screen and the {@code backup}/{@code restore} commands. */
public final class BackupService {

    private final Database database;
    private final DataChanges changes;

    public BackupService(Database database, DataChanges changes) {
        this.database = database;
        this.changes = changes;
    }

    /** Writes a backup into the backups folder now; returns its file. */
    public Path backupNow() {
        return Await.result(database.backupNow());
    }

    /**
     * Writes a backup and also copies it to {@code out}.
     *
     * @throws InvalidInputException when {@code out} can't be written
     */
    public Path backupTo(Path out) {
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new InvalidInputException("the folder of " + out + " does not exist; create it or choose another.");
        }
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(out + " is a folder; give a file name, e.g. "
                    + out.resolve("counteroffer-backup.db"));
        }
        Path backup = backupNow();
        Path partial = null;
        try {
            // Whole or not at all under the name asked for: copied beside it (owner-only), then renamed.
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".partial");
            Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + out + ": " + e.getMessage() + ". The backup itself is "
                    + "kept as " + backup + ".", e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover .partial file is never taken for a backup
                }
            }
        }
        return backup;
    }

    /**
     * Replaces the data with a backup after checking it, backing up the current state first (so a
     * restore can be undone); returns that backup. Every screen then reloads.
     */
    public Path restore(Path backup) {
        Path before = Await.result(database.restoreFrom(backup));
        changes.announce(new DataChange.Everything());
        return before;
    }

    /** The database plus its write-ahead log, which holds recent changes until a checkpoint. */
    public long sizeOnDisk() {
        try {
            Path file = database.file();
            long total = Files.size(file);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.exists(wal)) {
                total += Files.size(wal);
            }
            return total;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the size of " + database.file() + ": " + e.getMessage(), e);
        }
    }

    public Path backupsFolder() {
        return database.backups().folder();
    }

    public static int keptBackups() {
        return Backups.KEEP;
    }

    /** How many days a backup is kept: the backups.keepDays setting beside the database, else 90. */
    public int keptDays() {
        return database.backups().keepDays();
    }
}
