package com.counteroffer.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Copies of the database in a {@code backups} folder beside it: the first start of each day, before
 * every migration, on request, and before every restore. Each is written by SQLite ({@code VACUUM
 * INTO}: a consistent, compact copy even while the app runs) under a temporary {@code .partial} name
 * and takes its real name only once it is whole and on disk, so an interrupted backup is never taken
 * for one. The newest {@link #KEEP} that pass inspection are kept, none older than
 * {@link #KEEP_DAYS} days (or the {@value #KEEP_DAYS_SETTING} setting).
 */
public final class Backups {

    public static final int KEEP = 10;
    /** How long a backup is kept by default: what was deleted is gone from the backups after this. */
    public static final int KEEP_DAYS = 90;
    /** The key in settings.properties that changes {@link #KEEP_DAYS}. */
    public static final String KEEP_DAYS_SETTING = "backups.keepDays";
    static final String PREFIX = "counteroffer-";
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** A temporary file older than this is left over from a backup that was killed, not one being written. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    /** Inspection results by file and its size and time, so a backup is read once, not at every prune. */
    private static final Map<List<Object>, Boolean> SOUND = new ConcurrentHashMap<>();

    private final Path databaseFile;
    private final Path folder;
    private final Clock clock;
    private final DiskSpace space;

    public Backups(Path databaseFile, Clock clock) {
        this(databaseFile, clock, DiskSpace.SYSTEM);
    }

    Backups(Path databaseFile, Clock clock, DiskSpace space) {
        this.databaseFile = databaseFile.toAbsolutePath();
        this.folder = this.databaseFile.getParent().resolve("backups");
        this.clock = clock;
        this.space = space;
    }

    public Path folder() {
        return folder;
    }

    /** Every file named as a backup, newest first, whether or not it is sound. */
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

    /** A backup file and when it was taken. */
    public record Dated(Path file, Instant takenAt) {
    }

    /**
     * The backups that still hold a client (a client row with its id or its name: a backup from
     * before a rename holds it under its id), each backup opened read-only and left untouched,
     * newest first. A backup that can't be read is listed too: nobody can say
     * it does not hold the client.
     */
    public List<Dated> holding(long clientId, String name) {
        List<Dated> found = new java.util.ArrayList<>();
        for (Path backup : list()) {
            if (holds(backup, clientId, name)) {
                found.add(new Dated(backup, takenAt(backup)));
            }
        }
        return found;
    }

    private static boolean holds(Path backup, long clientId, String name) {
        try (Connection connection = java.sql.DriverManager.getConnection(SqliteUri.untouched(backup));
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM client WHERE id = ? OR name = ? COLLATE NOCASE")) {
            select.setLong(1, clientId);
            select.setString(2, name);
            try (java.sql.ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for a client in the backup " + backup + "; listing it", e);
            return true;
        }
    }

    /**
     * Deletes the given backups, each only if it is one of this folder's backups (any other path is
     * refused, never deleted).
     *
     * @throws StoreException naming a backup that could not be deleted
     */
    public void delete(List<Path> backups) {
        List<Path> ours = list().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (Path backup : backups) {
            Path file = backup.toAbsolutePath().normalize();
            if (!ours.contains(file)) {
                throw new StoreException(StoreException.Kind.IO, file, file + " is not one of the backups in "
                        + folder + "; nothing was deleted for it.", null);
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException(StoreException.Kind.IO, file, "Cannot delete the backup " + file + ": "
                        + e.getMessage() + ". Delete it by hand from " + folder + ".", e);
            }
        }
    }

    /** The newest backup that passes the same inspection as opening; broken or cut-short files are passed over. */
    public Optional<Path> latest() {
        return list().stream().filter(Backups::isSound).findFirst();
    }

    /** Whether a whole backup was already made today (local date), so the daily one can be skipped. */
    boolean madeToday() {
        String today = PREFIX + LocalDate.now(clock.withZone(ZoneId.systemDefault())).format(DateTimeFormatter.BASIC_ISO_DATE);
        return list().stream().anyMatch(p -> p.getFileName().toString().startsWith(today) && Inspection.looksWhole(p));
    }

    /**
     * Writes a backup of the connection's database and prunes old ones; returns the new file.
     *
     * @throws StoreException naming the backups folder when it can't be written or the disk is full
     */
    Path write(Connection connection, String reason) throws SQLException {
        return write(connection, reason, null);
    }

    /**
     * As {@link #write(Connection, String)}, never pruning {@code keep}: the safety backup made
     * before a restore must not delete the backup about to be restored (nor right after).
     */
    Path write(Connection connection, String reason, Path keep) throws SQLException {
        createFolder();
        long needed = DiskSpace.sizeOf(databaseFile);
        if (space.lacksRoom(folder, needed + DiskSpace.MARGIN)) {
            throw DiskSpace.full(folder, needed, null);
        }
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path partial = createPartial(stamp, reason);
        try {
            try (PreparedStatement copy = connection.prepareStatement("VACUUM INTO ?")) {
                // The path is a bound value: no name of a folder can be read as SQL.
                copy.setString(1, partial.toString());
                copy.execute();
            } catch (SQLException e) {
                throw failedWriting(e, needed);
            }
            Path file = freeName(stamp, reason);
            OwnerOnlyFiles.moveIntoPlace(partial, file);
            prune(keep == null ? null : keep.toAbsolutePath().normalize());
            return file;
        } catch (IOException e) {
            throw failedWriting(e, needed);
        } finally {
            deleteQuietly(partial);
        }
    }

    /**
     * The daily backup: skipped, with a warning in the log, when the disk has no room for it, so that
     * reading your data on a full disk still works.
     */
    void writeDaily(Connection connection) throws SQLException {
        try {
            write(connection, "daily");
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.DISK_FULL) {
                throw e;
            }
            LOG.warning("Skipped today's daily backup: " + e.getMessage());
        }
    }

    /** The days a backup is kept: the {@value #KEEP_DAYS_SETTING} setting beside the database, else {@link #KEEP_DAYS}. */
    public int keepDays() {
        String setting = SettingsFile.besideDatabase(databaseFile).load().get(KEEP_DAYS_SETTING);
        if (setting == null || setting.isBlank()) {
            return KEEP_DAYS;
        }
        try {
            int days = Integer.parseInt(setting.strip());
            if (days >= 1) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning("Ignoring " + KEEP_DAYS_SETTING + "=" + setting + " in the settings: it must be a whole number of "
                + "days, 1 or more; backups are kept " + KEEP_DAYS + " days");
        return KEEP_DAYS;
    }

    /**
     * Deletes backups older than {@link #keepDays()}, and every backup after the newest {@link #KEEP}
     * sound ones: a broken file never counts towards the ten, so it can't push a good one out.
     */
    private void prune(Path keep) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(keepDays()));
        int soundKept = 0;
        for (Path backup : list()) {
            if (backup.toAbsolutePath().normalize().equals(keep)) {
                continue;
            }
            if (takenAt(backup).isBefore(cutoff) || soundKept >= KEEP) {
                delete(backup);
            } else if (isSound(backup)) {
                soundKept++;
            }
        }
        deleteAbandonedPartials();
    }

    private static boolean isSound(Path backup) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(backup, BasicFileAttributes.class);
            List<Object> key = List.of(backup.toAbsolutePath().toString(), attributes.size(),
                    attributes.lastModifiedTime());
            return SOUND.computeIfAbsent(key, k -> Inspection.isSoundBackup(backup));
        } catch (IOException e) {
            return false;
        }
    }

    /** When the backup was taken: from its name, else (a file renamed by hand) its modification time. */
    private Instant takenAt(Path backup) {
        String name = backup.getFileName().toString();
        if (name.length() >= PREFIX.length() + 19) {
            try {
                return LocalDateTime.parse(name.substring(PREFIX.length(), PREFIX.length() + 19), STAMP)
                        .atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                // not our name: fall back to the file's time
            }
        }
        try {
            return Files.getLastModifiedTime(backup).toInstant();
        } catch (IOException e) {
            return clock.instant();
        }
    }

    private void createFolder() {
        try {
            OwnerOnlyFiles.createFolders(folder);
        } catch (IOException e) {
            if (DiskSpace.isFull(e)) {
                throw DiskSpace.full(folder, DiskSpace.sizeOf(databaseFile), e);
            }
            throw new StoreException(StoreException.Kind.FOLDER_UNUSABLE, folder, "Cannot create the backup folder "
                    + folder + ": " + e.getMessage() + ". Fix its permissions, or move the database with --db.", e);
        }
    }

    private Path createPartial(String stamp, String reason) {
        try {
            return OwnerOnlyFiles.createPartial(folder, "." + PREFIX + stamp + "-" + reason + "-");
        } catch (IOException e) {
            throw failedWriting(e, DiskSpace.sizeOf(databaseFile));
        }
    }

    /** The backup's name; a later millisecond if another backup took this one (never replaces a backup). */
    private Path freeName(String stamp, String reason) {
        LocalDateTime at = LocalDateTime.parse(stamp, STAMP);
        Path file = folder.resolve(PREFIX + stamp + "-" + reason + ".db");
        while (Files.exists(file)) {
            at = at.plusNanos(1_000_000);
            file = folder.resolve(PREFIX + STAMP.format(at) + "-" + reason + ".db");
        }
        return file;
    }

    /** A backup that could not be written, said of the backups folder: full, not writable, or else. */
    private StoreException failedWriting(Exception e, long needed) {
        if (DiskSpace.isFull(e)) {
            return DiskSpace.full(folder, needed, e);
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || message.contains("SQLITE_CANTOPEN") || message.contains("SQLITE_READONLY")
                || message.contains("SQLITE_PERM") || message.contains("Permission denied")) {
            return new StoreException(StoreException.Kind.FOLDER_UNUSABLE, folder, "Cannot write a backup into the "
                    + "backups folder " + folder + " (" + (e instanceof AccessDeniedException ? "permission denied"
                    : message) + "). Make the folder writable for you, or move the database elsewhere with --db PATH. "
                    + "Your data was not changed.", e);
        }
        return new StoreException(StoreException.Kind.IO, folder, "Cannot write a backup into " + folder + " ("
                + message + "). Your data was not changed; check the disk and try again.", e);
    }

    private void deleteAbandonedPartials() {
        Instant abandoned = clock.instant().minus(ABANDONED);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path partial : files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                if (Files.getLastModifiedTime(partial).toInstant().isBefore(abandoned)) {
                    delete(partial);
                }
            }
        } catch (IOException e) {
            // The next prune tries again.
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // An old backup that won't go away is harmless; the next prune tries again.
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + partial, e);
        }
    }
}
