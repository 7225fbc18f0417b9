package com.counteroffer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The newest backup beside the database, if any. */
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

    /** Moves the damaged file aside and copies a checked backup into its place; returns where the old file went. */
    public Path replaceWith(Path backup) {
        Database.inspect(backup.toAbsolutePath().normalize());
        Path aside = Files.exists(database) ? moveAside() : null;
        try {
            OwnerOnlyFiles.copyNew(backup, database); // owner-only, whatever the backup's mode
            return aside;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, database, "Cannot copy the backup " + backup + " to "
                    + database + ": " + e.getMessage() + ". The damaged file is kept as " + aside + ".", e);
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
