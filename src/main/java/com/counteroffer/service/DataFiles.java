package com.counteroffer.service;

import com.counteroffer.store.Backups;
import com.counteroffer.store.DataLocation;
import com.counteroffer.store.InstanceLock;
import com.counteroffer.store.Recovery;
import com.counteroffer.store.SettingsFile;
import java.nio.file.Path;
import java.time.Clock;

/** Where a database's files live, and what can be done with a file that can't be opened. */
public final class DataFiles {

    public static final String DB_ENV = DataLocation.DB_ENV;

    private DataFiles() {
    }

    /** The database file: {@code --db}, then {@code COUNTEROFFER_DB}, then the user's data folder. */
    public static Path databaseFile(String dbOption) {
        return DataLocation.databaseFile(dbOption);
    }

    public static Path settingsFile(Path databaseFile) {
        return SettingsFile.besideDatabase(databaseFile).file();
    }

    /** The folder of the database's backups. */
    public static Path backupsFolder(Path databaseFile) {
        return new Backups(databaseFile, Clock.systemDefaultZone()).folder();
    }

    /** The file the window locks while it has the database open. */
    public static Path lockFile(Path databaseFile) {
        return InstanceLock.fileFor(databaseFile);
    }

    /** Where a coach's own script templates go: a {@code templates} folder beside the database. */
    public static Path templateFolder(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve("templates");
    }

    /** What to do about a damaged database, naming the latest backup, for a command's message. */
    public static String recoveryAdvice(Path databaseFile) {
        return new Recovery(databaseFile, Clock.systemDefaultZone()).advice();
    }

    /**
     * Puts a backup in place of a database that can't be opened (damaged, not ours); the unreadable
     * file is moved aside whole, never deleted. Returns where it was moved.
     */
    public static Path restoreOverUnreadable(Path databaseFile, Path backup) {
        return new Recovery(databaseFile, Clock.systemDefaultZone()).replaceWith(backup);
    }
}
