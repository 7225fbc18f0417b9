package com.counteroffer.service;

import com.counteroffer.store.Backups;
import com.counteroffer.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Backups on request and restores, for the Settings screen and the {@code backup}/{@code restore} commands. */
public final class BackupService {

    private final Database database;
    private final OutputFiles outputs;
    private final DataChanges changes;

    public BackupService(Database database, OutputFiles outputs, DataChanges changes) {
        this.database = database;
        this.outputs = outputs;
        this.changes = changes;
    }

    /** Writes a backup into the backups folder now; returns its file. */
    public Path backupNow() {
        return Await.result(database.backupNow());
    }

    /**
     * Writes a backup and also copies it to {@code out}.
     *
     * @throws InvalidInputException when {@code out} can't be written, or is one of Counteroffer's own files
     *     (checked before the backup is made, so a refused copy changes nothing)
     */
    public Path backupTo(Path out) {
        outputs.check(out);
        Path backup = backupNow();
        outputs.write(out, stream -> Files.copy(backup, stream));
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
