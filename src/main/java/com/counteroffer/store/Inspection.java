package com.counteroffer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What a file holds, found without changing a byte of it or of the files beside it: SQLite reads it
 * as immutable, so no log is replayed into it, no lock taken and no {@code -shm} created. When a
 * write-ahead log lies beside it, the file and its log are judged together on a private copy, as
 * SQLite would see them on opening, so that a log which would turn the file into something else
 * (another database's log, a damaged one) is refused before SQLite could apply it.
 *
 * <p>The same checks serve opening the database, restoring a backup and choosing the latest one:
 * an SQLite file, sound (integrity check), ours (application id and the tables of its schema
 * version), and of a schema version from 0 to the one this build knows.
 */
final class Inspection {

    /** What a file that passes holds. */
    enum Content {
        /** 0 bytes: nothing at all. */
        EMPTY,
        /** An SQLite file with no tables and no schema version: nothing of anyone's yet. */
        BLANK,
        /** A Counteroffer database of {@link Found#version}. */
        OURS
    }

    record Found(Content content, int version) {
    }

    private static final Logger LOG = Logger.getLogger(Inspection.class.getName());
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int COPY_ATTEMPTS = 3;

    private Inspection() {
    }

    /**
     * Checks the database file that is about to be opened.
     *
     * @throws StoreException saying what is wrong, naming the file, when it is not one to open
     */
    static Found database(Path file) {
        try (Checked checked = check(file, new Subject(file, null))) {
            return checked.found();
        }
    }

    /**
     * Checks a backup that is to be restored; it must hold Counteroffer data. The caller reads it
     * through {@link Checked#sqliteUri()} until it closes the result.
     *
     * @param advice what to do instead, added to a refusal
     */
    static Checked backup(Path file, Supplier<String> advice) {
        Subject subject = new Subject(file, advice);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Kind.IO, file, "There is no backup file at " + file + ". "
                    + advice.get());
        }
        Checked checked = check(file, subject);
        if (checked.found().content() != Content.OURS) {
            checked.close();
            throw subject.refuse(new Refused(StoreException.Kind.NOT_A_DATABASE,
                    checked.found().content() == Content.EMPTY
                            ? "is empty (0 bytes), as a backup cut short while it was written would be"
                            : "is an SQLite database with none of Counteroffer's data in it", null));
        }
        return checked;
    }

    /** Whether the file is a backup that can be restored; it is read, never changed. */
    static boolean isSoundBackup(Path file) {
        try (Checked checked = backup(file, () -> "")) {
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    /**
     * A cheap look for a whole SQLite file: not empty, the SQLite header, and as long as its header
     * says. Catches what an interrupted copy leaves, without reading the whole file.
     */
    static boolean looksWhole(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(100);
            if (header.length < 100 || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                return false;
            }
            int pageSize = ((header[16] & 0xFF) << 8) | (header[17] & 0xFF);
            long pages = ((header[28] & 0xFFL) << 24) | ((header[29] & 0xFF) << 16) | ((header[30] & 0xFF) << 8)
                    | (header[31] & 0xFF);
            long bytesPerPage = pageSize == 1 ? 65_536 : pageSize;
            return pages > 0 && Files.size(file) == pages * bytesPerPage;
        } catch (IOException e) {
            return false;
        }
    }

    /** A file that passed, readable until closed (from a private copy when a log had to be applied). */
    static final class Checked implements AutoCloseable {

        private final Found found;
        private final Path readFrom;
        private final Path copyFolder;

        private Checked(Found found, Path readFrom, Path copyFolder) {
            this.found = found;
            this.readFrom = readFrom;
            this.copyFolder = copyFolder;
        }

        Found found() {
            return found;
        }

        int version() {
            return found.version();
        }

        /** The checked content as a {@code file:} URI, read-only and immutable. */
        String sqliteUri() {
            return SqliteUri.of(readFrom, "mode=ro", "immutable=1");
        }

        @Override
        public void close() {
            if (copyFolder != null) {
                deleteQuietly(copyFolder);
            }
        }
    }

    private static Checked check(Path file, Subject subject) {
        try {
            long size = Files.size(file);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            long walSize = Files.isRegularFile(wal) ? Files.size(wal) : 0;
            if (size == 0) {
                if (walSize > 0) {
                    throw subject.withLog(wal).refuse(new Refused(StoreException.Kind.DAMAGED, "is empty (0 bytes), "
                            + "yet the write-ahead log " + wal + " beside it holds data: the file was cut short, or the "
                            + "log belongs to another file", null));
                }
                return new Checked(new Found(Content.EMPTY, 0), file, null);
            }
            if (!startsLikeSqlite(file)) {
                throw subject.refuse(new Refused(StoreException.Kind.NOT_A_DATABASE,
                        "is not a Counteroffer database (it is not an SQLite file)", null));
            }
            if (walSize == 0) {
                return new Checked(examine(SqliteUri.untouched(file), file), file, null);
            }
            return checkWithLog(file, wal, subject);
        } catch (Refused refused) {
            throw subject.refuse(refused);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, file, "Cannot read " + file + " (" + e.getMessage()
                    + "). Check that the disk is available and the file readable.", e);
        }
    }

    /** Judges the file with its log applied, on a private copy; says when the log alone is what is wrong. */
    private static Checked checkWithLog(Path file, Path wal, Subject subject) throws Refused {
        Subject withLog = subject.withLog(wal);
        Path copyFolder;
        try {
            copyFolder = copyWithLog(file, wal);
        } catch (IOException e) {
            if (subject.advice() != null) {
                throw new StoreException(StoreException.Kind.IO, file, "Cannot check " + file + " with the log beside "
                        + "it: there is no room for a private copy (" + e.getMessage() + "). " + subject.advice().get(), e);
            }
            // No room for a copy (a full disk): judge the file alone rather than refuse to read it.
            LOG.log(Level.WARNING, "Cannot copy " + file + " to check it with its write-ahead log; checking the file "
                    + "alone", e);
            return new Checked(examine(SqliteUri.untouched(file), file), file, null);
        }
        Path copy = copyFolder.resolve("check.db");
        try {
            // Opened the normal way: SQLite applies the log to the copy, as it would to the file.
            return new Checked(examine(SqliteUri.jdbc(copy), file), copy, copyFolder);
        } catch (Refused withTheLog) {
            deleteQuietly(copyFolder);
            if (withTheLog.kind == StoreException.Kind.NEWER_SCHEMA) {
                throw withLog.refuse(withTheLog); // a newer Counteroffer's log: the log is right, this build is old
            }
            Found alone;
            try {
                alone = examine(SqliteUri.untouched(file), file);
            } catch (Refused withoutTheLog) {
                throw withLog.refuse(withTheLog);
            }
            throw withLog.refuse(new Refused(StoreException.Kind.DAMAGED, "cannot be used with the write-ahead log "
                    + wal + " beside it: with the log applied, it " + withTheLog.what + "; without it, it is a sound "
                    + (alone.content() == Content.OURS ? "Counteroffer database" : "empty SQLite file")
                    + ", so the log belongs to another database or is damaged", null), "Move " + wal + " away (keep "
                    + "it until you have checked your data) and start Counteroffer again, or restore a backup.");
        }
    }

    /** The file's own checks, on a connection to {@code jdbcUrl}; {@code file} names it in a read error. */
    private static Found examine(String jdbcUrl, Path file) throws Refused {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            String integrity = firstString(connection, "PRAGMA integrity_check");
            if (!"ok".equalsIgnoreCase(integrity)) {
                throw new Refused(StoreException.Kind.DAMAGED, "is damaged (" + integrity + ")", null);
            }
            int version = firstInt(connection, "PRAGMA user_version");
            int applicationId = firstInt(connection, "PRAGMA application_id");
            Set<String> tables = tables(connection);
            if (version < 0) {
                throw new Refused(StoreException.Kind.DAMAGED, "has the schema version " + version
                        + ", which no version of Counteroffer writes: its header is damaged", null);
            }
            if (applicationId != Database.APPLICATION_ID) {
                if (version == 0 && tables.isEmpty()) {
                    return new Found(Content.BLANK, 0);
                }
                throw new Refused(StoreException.Kind.NOT_A_DATABASE,
                        "is an SQLite database made by another program, not by Counteroffer", null);
            }
            if (version > Migrations.LATEST_VERSION) {
                throw new Refused(StoreException.Kind.NEWER_SCHEMA, "was written by a newer version of Counteroffer "
                        + "(schema version " + version + "; this version understands up to " + Migrations.LATEST_VERSION
                        + ")", null);
            }
            Set<String> missing = new TreeSet<>(Migrations.tablesAt(version));
            missing.removeAll(tables);
            if (!missing.isEmpty()) {
                throw new Refused(StoreException.Kind.DAMAGED, "lacks the tables " + String.join(", ", missing)
                        + " of its schema version " + version + ": it is damaged or incomplete", null);
            }
            return new Found(version == 0 && tables.isEmpty() ? Content.BLANK : Content.OURS, version);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT") || message.contains("malformed")
                    || message.contains("not a database")) {
                throw new Refused(StoreException.Kind.DAMAGED, "is damaged (" + message + ")", e);
            }
            throw new StoreException(StoreException.Kind.IO, file, "Cannot read " + file + " (" + message
                    + "). Check that the disk is available and the file readable.", e);
        }
    }

    /** Why a file is refused, before it is said of the database or of a backup. */
    private static final class Refused extends Exception {

        private final StoreException.Kind kind;
        /** A verb phrase about the file: "is damaged (…)", "was written by a newer version …". */
        private final String what;

        Refused(StoreException.Kind kind, String what, Throwable cause) {
            super(what, cause, false, false);
            this.kind = kind;
            this.what = what;
        }
    }

    /** Who a refusal speaks of: the database to open, or a backup to restore (with what to do instead). */
    private record Subject(Path file, Supplier<String> advice, Path log) {

        Subject(Path file, Supplier<String> advice) {
            this(file, advice, null);
        }

        Subject withLog(Path wal) {
            return new Subject(file, advice, wal);
        }

        StoreException refuse(Refused refused) {
            return refuse(refused, null);
        }

        StoreException refuse(Refused refused, String todo) {
            String untouched = log == null ? "It was left untouched" : "It was left untouched, and so was " + log;
            if (advice == null) {
                return new StoreException(refused.kind, file, "The database " + file + " " + refused.what + ". "
                        + untouched + ". " + (todo != null ? todo : databaseAdvice(refused.kind)), refused.getCause());
            }
            return new StoreException(refused.kind, file, "The file " + file + " is not a Counteroffer backup that can "
                    + "be restored: it " + refused.what + ". " + untouched + ". " + advice.get(), refused.getCause());
        }

        private static String databaseAdvice(StoreException.Kind kind) {
            return switch (kind) {
                case NEWER_SCHEMA -> "Install the newer Counteroffer, or choose another database with --db PATH.";
                case NOT_A_DATABASE -> "Choose the right file with --db PATH, or move this file away to start a new "
                        + "database.";
                default -> "Restore it from a backup, or move it away to start a new database.";
            };
        }
    }

    /**
     * Copies the file and its log into a new private folder. The log is copied first: a checkpoint
     * that runs meanwhile only moves into the file pages the copied log still holds. If either file
     * changed during the copy (another process writing), it is copied again.
     */
    private static Path copyWithLog(Path file, Path wal) throws IOException {
        Path folder = Files.createTempDirectory("counteroffer-check-");
        try {
            for (int attempt = 1; ; attempt++) {
                List<Object> before = stamp(file, wal);
                Files.copy(wal, folder.resolve("check.db-wal"), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(file, folder.resolve("check.db"), StandardCopyOption.REPLACE_EXISTING);
                if (stamp(file, wal).equals(before) || attempt == COPY_ATTEMPTS) {
                    return folder;
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    private static List<Object> stamp(Path file, Path wal) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        BasicFileAttributes b = Files.readAttributes(wal, BasicFileAttributes.class);
        return List.of(a.size(), a.lastModifiedTime(), b.size(), b.lastModifiedTime());
    }

    private static boolean startsLikeSqlite(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        }
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String firstString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "no answer";
        }
    }

    private static int firstInt(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete the private copy " + folder, e);
        }
    }
}
