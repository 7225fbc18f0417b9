package com.counteroffer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies of the database in a {@code backups} folder beside it, made with SQLite's online backup
 * (consistent even while the app runs): the first start of each day, before every migration, on
 * request, and before every restore. The newest {@link #KEEP} are kept.
 */
public final class Backups {

    public static final int KEEP = 10;
    static final String PREFIX = "counteroffer-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;
    private final Clock clock;

    public Backups(Path databaseFile, Clock clock) {
        this.folder = databaseFile.toAbsolutePath().getParent().resolve("backups");
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Every backup, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.toString().endsWith(".db"))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, folder, "Cannot list the backups in " + folder + ": "
                    + e.getMessage() + ". Check the folder's permissions.", e);
        }
    }

    public Optional<Path> latest() {
        return list().stream().findFirst();
    }

    /** Whether a backup was already made today (local date), so the daily one can be skipped. */
    boolean madeToday() {
        String today = PREFIX + LocalDate.now(clock.withZone(ZoneId.systemDefault())).format(DateTimeFormatter.BASIC_ISO_DATE);
        return list().stream().anyMatch(p -> p.getFileName().toString().startsWith(today));
    }

    /** Writes a backup of the connection's database and prunes old ones; returns the new file. */
    Path write(Connection connection, String reason) throws SQLException {
        try {
            OwnerOnlyFiles.createFolders(folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FOLDER_UNUSABLE, folder, "Cannot create the backup folder "
                    + folder + ": " + e.getMessage() + ". Fix its permissions, or move the database with --db.", e);
        }
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path file = folder.resolve(PREFIX + stamp + "-" + reason + ".db");
        try (Statement statement = connection.createStatement()) {
            // sqlite-jdbc's online backup: a consistent copy, page by page, even with writers active.
            statement.executeUpdate("backup to \"" + file + "\"");
        }
        restrict(file);
        prune();
        return file;
    }

    private void prune() {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // An old backup that won't go away is harmless; the next prune tries again.
            }
        }
    }

    private static void restrict(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            // The folder is already owner-only; the file's own mode is a second fence.
        }
    }
}
