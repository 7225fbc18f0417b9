package com.counteroffer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
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
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path file;
    private final Backups backups;
    /** Replaced only on the store thread, when {@link #stayAttached} reconnects. */
    private Connection connection;
    private final ExecutorService executor;
    private final int schemaVersion;
    /** The -wal and -shm this connection uses: while it is open, SQLite never deletes or replaces them. */
    private Object[] logFiles;

    private Database(Path file, Connection connection, int schemaVersion, Backups backups) {
        this.file = file;
        this.backups = backups;
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
        Path file = requested.toAbsolutePath().normalize();
        prepareFolder(file.getParent());
        boolean created = prepareFile(file);
        Connection connection = connect(file);
        try {
            verifyIntegrity(connection, file);
            int version = intPragma(connection, "user_version");
            if (!created) {
                verifyOwnership(connection, file, version);
            }
            if (version > Migrations.LATEST_VERSION) {
                throw new StoreException(StoreException.Kind.NEWER_SCHEMA, file,
                        "The database " + file + " was written by a newer version of Counteroffer (schema version "
                                + version + "; this version understands up to " + Migrations.LATEST_VERSION
                                + "). It was left untouched. Install the newer Counteroffer, or choose another "
                                + "database with --db PATH.");
            }
            configure(connection);
            try (Statement statement = connection.createStatement()) {
                if (version == 0) {
                    statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
            }
            Backups backups = new Backups(file, java.time.Clock.systemDefaultZone());
            if (version > 0 && version < Migrations.LATEST_VERSION) {
                backups.write(connection, "before-migration-v" + version);
            }
            Migrations.migrate(connection, version);
            if (!created && !backups.madeToday()) {
                backups.write(connection, "daily");
            }
            return new Database(file, connection, Migrations.LATEST_VERSION, backups);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw classify(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
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
     * Replaces the data with a backup, after checking that it is a healthy Counteroffer database this
     * version can read, and after backing up the current state (so a restore can be undone).
     * Completes with the backup of the state before the restore.
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
            int version = inspect(source);
            Path before = backups.write(connection, "before-restore");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("restore from \"" + source + "\"");
            }
            Migrations.migrate(connection, version);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            }
            return before;
        });
    }

    /** Checks a file that is to be restored; returns its schema version or throws saying what is wrong. */
    static int inspect(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new StoreException(StoreException.Kind.IO, source, "There is no backup file at " + source
                    + ". Choose one of the files in the backups folder.");
        }
        prepareFile(source);
        try (Connection check = DriverManager.getConnection("jdbc:sqlite:" + source + "?open_mode=1")) {
            verifyIntegrity(check, source);
            int version = intPragma(check, "user_version");
            verifyOwnership(check, source, version);
            if (version > Migrations.LATEST_VERSION) {
                throw new StoreException(StoreException.Kind.NEWER_SCHEMA, source, "The backup " + source
                        + " was written by a newer version of Counteroffer; install that version to restore it.");
            }
            return version;
        } catch (SQLException e) {
            throw classify(source, e);
        }
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs {@code work} on the store thread with autocommit on (one statement, or reads). */
    public <T> CompletableFuture<T> submit(SqlWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                stayAttached();
                T result = work.run(connection);
                stayAttached();
                return result;
            } catch (SQLException e) {
                throw classify(file, e);
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
        connection = connect(file);
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
        }
    }

    /** Runs {@code work} on the store thread inside one transaction: all of it is saved, or none. */
    public <T> CompletableFuture<T> transaction(SqlWork<T> work) {
        return submit(connection -> {
            connection.setAutoCommit(false);
            boolean committed = false;
            try {
                T result = work.run(connection);
                connection.commit();
                committed = true;
                return result;
            } finally {
                // Whatever stopped the work (an error, a cancel, even an OutOfMemoryError), none of it
                // may be saved: turning autocommit back on would otherwise commit what was done so far.
                if (!committed) {
                    try {
                        connection.rollback();
                    } catch (SQLException e) {
                        LOG.log(java.util.logging.Level.SEVERE, "Could not roll back an unfinished change", e);
                    }
                }
                connection.setAutoCommit(true);
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

    /** Returns true when the file was just created. Refuses anything that is not an SQLite file. */
    private static boolean prepareFile(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE, file,
                        "The database path " + file + " is a folder. Give the path of a file, e.g. "
                                + file.resolve(DataLocation.DATABASE_FILE_NAME) + ".");
            }
            if (!Files.exists(file)) {
                OwnerOnlyFiles.createFile(file);
                return true;
            }
            if (!Files.isReadable(file) || !Files.isWritable(file)) {
                throw new StoreException(StoreException.Kind.FOLDER_UNUSABLE, file,
                        "Cannot read and write the database " + file + ". Fix the file's permissions, "
                                + "or choose another database file with --db PATH.");
            }
            long size = Files.size(file);
            if (size == 0) {
                return true;
            }
            byte[] header = new byte[SQLITE_MAGIC.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, header.length);
            }
            if (read < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE, file,
                        "The file " + file + " is not a Counteroffer database (it is not an SQLite file). "
                                + "It was left untouched. Choose the right file with --db PATH, or move this "
                                + "file away to start a new database.");
            }
            return false;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, file,
                    "Cannot read the database " + file + ": " + e.getMessage()
                            + ". Check that the disk is available, or choose another file with --db PATH.", e);
        }
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

    private static Connection connect(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            }
            return connection;
        } catch (SQLException e) {
            throw classify(file, e);
        }
    }

    private static void verifyIntegrity(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            String first = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(first)) {
                throw damaged(file, first);
            }
        }
    }

    /** A non-empty SQLite file made by another program must not be migrated into ours. */
    private static void verifyOwnership(Connection connection, Path file, int version) throws SQLException {
        int applicationId = intPragma(connection, "application_id");
        if (applicationId == APPLICATION_ID) {
            return;
        }
        boolean hasTables;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            hasTables = rows.next() && rows.getInt(1) > 0;
        }
        if (hasTables || version != 0) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, file,
                    "The file " + file + " is an SQLite database made by another program, not by Counteroffer. "
                            + "It was left untouched. Choose the right file with --db PATH.");
        }
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static StoreException classify(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
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
                "The database " + file + " is damaged (" + detail + "). It was left untouched. Restore it from "
                        + "a backup, or move it away to start a new database.");
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the database connection failed", e);
        }
    }
}
