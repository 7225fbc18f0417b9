package com.counteroffer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one SQLite file behind the application. Opening it checks that it is a healthy Counteroffer
 * database of a version this build understands before anything is written; afterwards every
 * statement runs on a single thread that owns the only connection, because SQLite has one writer
 * and JDBC must never run on the JavaFX application thread.
 */
public final class Database implements AutoCloseable {

    /** "COFR" in the header's application_id field marks a file as ours. */
    static final int APPLICATION_ID = 0x434F4652;
    static final int BUSY_TIMEOUT_MS = 5_000;
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path file;
    private final Backups backups;
    private final DiskSpace space;
    /** Opened to read only, because the disk is full (see openToReadOnFullDisk). */
    private final boolean readOnlyOnFullDisk;
    /** Something the user should be told about how the file was opened (shown once), or null. */
    private final String notice;
    /** Replaced only on the store thread, when {@link #stayAttached} reconnects. */
    private Connection connection;
    private final ExecutorService executor;
    private final int schemaVersion;
    /** The -wal and -shm this connection uses: while it is open, SQLite never deletes or replaces them. */
    private Object[] logFiles;

    private Database(Path file, Connection connection, int schemaVersion, Backups backups, DiskSpace space,
            String notice, boolean readOnlyOnFullDisk) {
        this.file = file;
        this.readOnlyOnFullDisk = readOnlyOnFullDisk;
        this.backups = backups;
        this.space = space;
        this.notice = notice;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.logFiles = logFilesOf(file);
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "counteroffer-store");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens (creating if needed) and migrates the database. Blocking: call it off the JavaFX thread.
     *
     * @throws StoreException naming the path when the folder is unusable, the file is not a
     *     Counteroffer database, is damaged, or was written by a newer version
     */
    public static Database open(Path requested) {
        return open(requested, DiskSpace.SYSTEM);
    }

    /**
     * Opens with the given measure of free room (tests give none). Nothing is written to the file,
     * nor beside it, until {@link Inspection} has found it is one to open.
     */
    static Database open(Path requested, DiskSpace space) {
        Path file = requested.toAbsolutePath().normalize();
        refuseLinkToNothing(file);
        prepareFolder(file.getParent());
        Inspection.Found found = prepareFile(file);
        boolean fresh = found == null || found.content() != Inspection.Content.OURS;
        String notice = found != null && found.content() == Inspection.Content.EMPTY ? emptyFileNotice(file) : null;
        Connection connection = connect(file, space);
        try {
            try {
                configure(connection);
            } catch (SQLException e) {
                StoreException failure = classify(file, e, space);
                closeQuietly(connection);
                if (failure.kind() != StoreException.Kind.DISK_FULL || fresh) {
                    throw failure;
                }
                return openToReadOnFullDisk(file, found, space, failure);
            }
            int version = intPragma(connection, "user_version");
            if (version < 0 || version > Migrations.LATEST_VERSION) {
                // Changed by another program since it was inspected: look again, which says what it is now.
                closeQuietly(connection);
                Inspection.database(file);
                throw new StoreException(StoreException.Kind.DAMAGED, file, "The database " + file + " changed while "
                        + "it was being opened. Close the other program that writes to it, then try again.");
            }
            if (version == 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
            }
            Backups backups = new Backups(file, java.time.Clock.systemDefaultZone(), space);
            if (version > 0 && version < Migrations.LATEST_VERSION) {
                backups.write(connection, "before-migration-v" + version);
            }
            Migrations.migrate(connection, version);
            if (!fresh && !backups.madeToday()) {
                backups.writeDaily(connection);
            }
            if (notice != null) {
                LOG.warning(notice);
            }
            return new Database(file, connection, Migrations.LATEST_VERSION, backups, space, notice, false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw classify(file, e, space);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A full disk leaves no room for SQLite's shared-memory file, which even reading needs. When no
     * log beside the file holds data (no other process has it open, none crashed mid-write), the file
     * alone is the whole truth: it is read as immutable, and any change says the disk is full.
     */
    private static Database openToReadOnFullDisk(Path file, Inspection.Found found, DiskSpace space,
            StoreException full) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            if (found.version() != Migrations.LATEST_VERSION || Files.isRegularFile(wal) && Files.size(wal) > 0) {
                throw full;
            }
        } catch (IOException e) {
            throw full;
        }
        try {
            Connection connection = DriverManager.getConnection(SqliteUri.untouched(file));
            String notice = "The disk that holds " + file.getParent() + " is full, so your data was opened read-only: "
                    + "you can look at it, but nothing can be saved until you free at least "
                    + DiskSpace.megabytes(Math.max(DiskSpace.sizeOf(file), DiskSpace.MARGIN)) + " there.";
            LOG.warning(notice);
            return new Database(file, connection, Migrations.LATEST_VERSION,
                    new Backups(file, java.time.Clock.systemDefaultZone(), space), space, notice, true);
        } catch (SQLException e) {
            full.addSuppressed(e);
            throw full;
        }
    }

    /**
     * What the user should be told once about how the file was opened: that an empty (0-byte) file
     * was made a new database, which may mean the data they expected is elsewhere. Empty otherwise.
     */
    public java.util.Optional<String> notice() {
        return java.util.Optional.ofNullable(notice);
    }

    private static String emptyFileNotice(Path file) {
        java.util.Optional<Path> latest = new Backups(file, java.time.Clock.systemDefaultZone()).latest();
        return "The database file " + file + " was empty (0 bytes), so a new, empty Counteroffer database was made "
                + "in it. If your data should be there, " + latest.map(backup -> "restore the latest backup: "
                + "counteroffer restore \"" + backup + "\"").orElse("look for the right file and use it with --db PATH")
                + ".";
    }

    public Path file() {
        return file;
    }

    public Backups backups() {
        return backups;
    }

    /** Writes a backup now, on the store thread; completes with the backup file. */
    public CompletableFuture<Path> backupNow() {
        return submit(connection -> backups.write(connection, "manual"));
    }

    /**
     * Replaces the data with a backup, after checking it as the database is checked on opening (our
     * application id, our tables, sound, a schema version this build reads) and after backing up the
     * current state (so a restore can be undone). A refused file is not written. Completes with the
     * backup of the state before the restore.
     */
    public CompletableFuture<Path> restoreFrom(Path backup) {
        Path source = backup.toAbsolutePath().normalize();
        return submit(connection -> {
            if (isTheDatabase(source)) {
                // Reading it as a backup would open and close it beside the connection, which drops
                // this process's locks on it (see stayAttached).
                throw new StoreException(StoreException.Kind.IO, source, source + " is the database itself, not "
                        + "a backup. Choose one of the files in " + backups.folder() + ".");
            }
            try (Inspection.Checked checked = Inspection.backup(source, () -> otherBackupAdvice(backups))) {
                Path before = backups.write(connection, "before-restore", source);
                // SQLite's backup API, reading the checked copy through a URI: the path is never SQL.
                int result = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                        .restore("main", checked.sqliteUri(), null);
                if (result != 0) {
                    throw new SQLException("Restoring " + source + " failed (SQLite result " + result + ")");
                }
                Migrations.migrate(connection, checked.version());
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA foreign_keys = ON");
                }
                return before;
            }
        });
    }

    /**
     * Checks a file that is to be restored, without writing it; returns its schema version or throws
     * saying what is wrong.
     */
    static int inspect(Path source) {
        Path file = source.toAbsolutePath().normalize();
        try (Inspection.Checked checked = Inspection.backup(file,
                () -> otherBackupAdvice(new Backups(file, java.time.Clock.systemDefaultZone())))) {
            return checked.version();
        }
    }

    /** What to restore instead of a refused file: the newest sound backup, if there is one. */
    static String otherBackupAdvice(Backups backups) {
        return "Choose another backup" + backups.latest().map(latest -> ", e.g. the newest good one, " + latest + ".")
                .orElse(" from the folder " + backups.folder() + ".");
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs {@code work} on the store thread with autocommit on (one statement, or reads). */
    public <T> CompletableFuture<T> submit(SqlWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (readOnlyOnFullDisk) {
                    return work.run(connection); // no locks held, so none to keep
                }
                stayAttached();
                T result = work.run(connection);
                stayAttached();
                return result;
            } catch (SQLException e) {
                if (readOnlyOnFullDisk && String.valueOf(e.getMessage()).contains("SQLITE_READONLY")) {
                    throw DiskSpace.full(file.getParent(), Math.max(DiskSpace.sizeOf(file), DiskSpace.MARGIN), e);
                }
                throw classify(file, e, space);
            }
        }, executor);
    }

    /**
     * Keeps what this connection commits visible to other processes. On POSIX systems closing ANY
     * descriptor this process has on the database file (a file dialog sniffing its type, a library
     * reading it) silently drops all of this process's locks on it, SQLite's included. The next other
     * process to close its connection then believes it is the last one, checkpoints and deletes the
     * -wal and -shm this connection still writes to: everything saved afterwards would stay in a
     * deleted file, invisible to every new process until this connection closes. So before and after
     * each unit of work: if the files on disk are no longer ours, publish what we wrote since into the
     * database file and reconnect, which takes the locks again.
     */
    private void stayAttached() throws SQLException {
        Object[] now = logFilesOf(file);
        if (logFiles[0] == null || java.util.Objects.equals(logFiles[0], now[0])
                && java.util.Objects.equals(logFiles[1], now[1])) {
            if (logFiles[0] == null) {
                logFiles = now;
            }
            return;
        }
        LOG.severe("The write-ahead log of " + file + " was deleted by another process while this one was using "
                + "it (this process's file locks were dropped); reconnecting");
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA wal_checkpoint(FULL)")) {
            rows.next();
        }
        closeQuietly(connection);
        connection = connect(file, space);
        configure(connection);
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rows.next();
        }
        logFiles = logFilesOf(file);
    }

    /** The identity (device and inode where the platform has them) of the -wal and -shm files. */
    private static Object[] logFilesOf(Path file) {
        Object[] keys = new Object[2];
        String[] suffixes = {"-wal", "-shm"};
        for (int i = 0; i < 2; i++) {
            try {
                keys[i] = Files.readAttributes(file.resolveSibling(file.getFileName() + suffixes[i]),
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            } catch (IOException e) {
                keys[i] = null;
            }
        }
        return keys;
    }

    private boolean isTheDatabase(Path candidate) {
        try {
            return Files.exists(candidate) && Files.isSameFile(candidate, file);
        } catch (IOException e) {
            return false;
        }
    }

    /** The settings every connection to the file gets. */
    private static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            // FULL: a change the app reports as saved survives a power cut, not only a crash.
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
            // What is deleted is overwritten with zeros, not left readable in free space of the file.
            statement.execute("PRAGMA secure_delete = ON");
        }
    }

    /** Runs {@code work} on the store thread inside one transaction: all of it is saved, or none. */
    public <T> CompletableFuture<T> transaction(SqlWork<T> work) {
        return submit(connection -> {
            connection.setAutoCommit(false);
            Throwable failure = null;
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable stopped) {
                // Whatever stopped the work (an error, a cancel, even an OutOfMemoryError), none of it may
                // be saved. SQLite may have rolled back already (a full disk does): then the rollback fails,
                // and that failure is kept beside the real cause, never in its place.
                failure = stopped;
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailed) {
                    stopped.addSuppressed(rollbackFailed);
                }
                throw stopped;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    if (failure == null) {
                        throw e;
                    }
                    failure.addSuppressed(e);
                }
            }
        });
    }

    /** Waits for queued work, then closes the connection (which checkpoints the WAL). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Store work still running after 10 s; closing the database anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(connection);
    }

    /** A unit of JDBC work run on the store thread. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static void prepareFolder(Path folder) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new IOException("it exists and is not a folder");
            }
            OwnerOnlyFiles.createFolders(folder);
            if (!Files.isWritable(folder)) {
                throw new IOException("it is not writable");
            }
        } catch (IOException e) {
            String reason = describe(e);
            throw new StoreException(StoreException.Kind.FOLDER_UNUSABLE, folder,
                    "Cannot use the data folder " + folder + " (" + reason + "). Fix its permissions, "
                            + "or choose another database file with --db PATH or COUNTEROFFER_DB.", e);
        }
    }

    /**
     * Creates the file when there is none (returns null), else inspects it without writing and
     * returns what it holds; refuses anything that is not a database to open.
     */
    private static Inspection.Found prepareFile(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE, file,
                        "The database path " + file + " is a folder. Give the path of a file, e.g. "
                                + file.resolve(DataLocation.DATABASE_FILE_NAME) + ".");
            }
            if (!Files.exists(file)) {
                OwnerOnlyFiles.createFile(file);
                return null;
            }
            if (!Files.isReadable(file) || !Files.isWritable(file)) {
                throw new StoreException(StoreException.Kind.FOLDER_UNUSABLE, file,
                        "Cannot read and write the database " + file + ". Fix the file's permissions, "
                                + "or choose another database file with --db PATH.");
            }
            return Inspection.database(file);
        } catch (IOException e) {
            if (DiskSpace.isFull(e)) {
                throw DiskSpace.full(file.getParent(), DiskSpace.MARGIN, e);
            }
            throw new StoreException(StoreException.Kind.IO, file,
                    "Cannot create the database " + file + " (" + describe(e) + "). Check that the disk is available, "
                            + "or choose another file with --db PATH.", e);
        }
    }

    /** A dangling link would otherwise be reported as a file that can't be read, naming only the link. */
    private static void refuseLinkToNothing(Path file) {
        if (!Files.isSymbolicLink(file) || Files.exists(file)) {
            return;
        }
        String target;
        try {
            target = file.resolveSibling(Files.readSymbolicLink(file)).normalize().toString();
        } catch (IOException e) {
            target = "a place that cannot be read";
        }
        throw new StoreException(StoreException.Kind.IO, file, "The database path " + file + " is a link to a missing "
                + "file: it points to " + target + ", which does not exist. Put the database back there, remove the "
                + "link to start a new database, or choose another file with --db PATH.");
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it cannot be created there";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static Connection connect(Path file, DiskSpace space) {
        try {
            Connection connection = DriverManager.getConnection(SqliteUri.jdbc(file));
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            }
            return connection;
        } catch (SQLException e) {
            throw classify(file, e, space);
        }
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static StoreException classify(Path file, SQLException e, DiskSpace space) {
        String message = String.valueOf(e.getMessage());
        Path folder = file.getParent();
        if (DiskSpace.isFull(e) || DiskSpace.isIoError(e) && space.lacksRoom(folder, DiskSpace.MARGIN)) {
            return DiskSpace.full(folder, Math.max(DiskSpace.sizeOf(file), DiskSpace.MARGIN), e);
        }
        if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")
                || message.contains("malformed") || message.contains("not a database")) {
            return damaged(file, message);
        }
        if (message.contains("SQLITE_CANTOPEN") || message.contains("SQLITE_READONLY")
                || message.contains("SQLITE_PERM")) {
            return new StoreException(StoreException.Kind.FOLDER_UNUSABLE, file,
                    "Cannot open the database " + file + " for writing (" + message + "). Check the file "
                            + "and folder permissions, or choose another file with --db PATH.", e);
        }
        return new StoreException(StoreException.Kind.IO, file,
                "The database " + file + " reported an error: " + message
                        + ". Your earlier saved data is unchanged; try again, and if it repeats, back up the file.", e);
    }

    private static StoreException damaged(Path file, String detail) {
        return new StoreException(StoreException.Kind.DAMAGED, file,
                "The database " + file + " is damaged (" + detail + "). Restore it from a backup, or move it away to "
                        + "start a new database.");
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the database connection failed", e);
        }
    }
}
