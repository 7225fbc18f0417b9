package com.counteroffer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What to do with a database that cannot be opened: move it aside (never delete it) and either
 * start anew or put the latest good backup in its place. Used before any connection is open.
 */
public final class Recovery {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path database;
    private final Clock clock;

    public Recovery(Path database, Clock clock) {
        this.database = database.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The newest backup beside the database that passes inspection, if any. */
    public Optional<Path> latestBackup() {
        return new Backups(database, clock).latest();
    }

    /** Renames the file (and its WAL and shared-memory files) to {@code NAME.damaged-STAMP}; returns the new name. */
    public Path moveAside() {
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp);
        try {
            Files.move(database, aside);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path part = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(part)) {
                    Files.move(part, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            return aside;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, database, "Cannot move " + database + " aside: "
                    + e.getMessage() + ". Move or rename it yourself, then start Counteroffer again.", e);
        }
    }

    /**
     * Moves the damaged file aside and puts a checked copy of the backup in its place; returns where
     * the old file went. The copy is made whole under a temporary name first, so an interruption
     * never leaves half a database under the real name; a refused backup changes nothing.
     */
    public Path replaceWith(Path backup) {
        Path source = backup.toAbsolutePath().normalize();
        Backups backups = new Backups(database, clock);
        try (Inspection.Checked checked = Inspection.backup(source, () -> Database.otherBackupAdvice(backups))) {
            Path partial = copyBeside(checked);
            try {
                Path aside = Files.exists(database) ? moveAside() : null;
                try {
                    OwnerOnlyFiles.moveIntoPlace(partial, database);
                } catch (IOException e) {
                    throw new StoreException(StoreException.Kind.IO, database, "Cannot put the backup " + source
                            + " in place of " + database + ": " + e.getMessage() + ". The damaged file is kept as "
                            + aside + ".", e);
                }
                return aside;
            } finally {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // a leftover .partial file is never taken for a database
                }
            }
        }
    }

    /** A whole, compact copy of the checked backup beside the database, made by SQLite; the path is a bound value. */
    private Path copyBeside(Inspection.Checked checked) {
        Path partial;
        try {
            partial = OwnerOnlyFiles.createPartial(database.getParent(), "." + database.getFileName() + ".");
        } catch (IOException e) {
            throw DiskSpace.isFull(e) ? DiskSpace.full(database.getParent(), DiskSpace.MARGIN, e)
                    : new StoreException(StoreException.Kind.FOLDER_UNUSABLE, database.getParent(), "Cannot write in "
                            + database.getParent() + " (" + e.getMessage() + "). Fix the folder's permissions.", e);
        }
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + checked.sqliteUri());
             PreparedStatement copy = source.prepareStatement("VACUUM INTO ?")) {
            copy.setString(1, partial.toString());
            copy.execute();
            return partial;
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // as above
            }
            throw DiskSpace.isFull(e) ? DiskSpace.full(database.getParent(), DiskSpace.MARGIN, e)
                    : new StoreException(StoreException.Kind.IO, database, "Cannot copy the backup to " + partial
                            + " (" + e.getMessage() + "). Nothing was changed.", e);
        }
    }

    /** The sentence that tells a user of the command line what to do, naming the files. */
    public String advice() {
        return latestBackup().map(backup -> "To restore the latest backup, run: counteroffer restore \"" + backup
                        + "\" (the damaged file is moved aside, not deleted). ")
                .orElse("No backup exists yet. ")
                + "To start a new empty database instead, move " + database + " aside (rename it); Counteroffer never "
                + "deletes it. To leave it as it is, do nothing.";
    }
}
