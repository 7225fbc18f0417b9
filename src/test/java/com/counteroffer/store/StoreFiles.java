package com.counteroffer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers for database files on disk: fingerprints of a folder, files with a live write-ahead log. */
final class StoreFiles {

    private StoreFiles() {
    }

    /** Every file in the folder (not below it) by name, with the SHA-256 of its bytes. */
    static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                prints.put(file.getFileName().toString(), digest(file));
            }
        }
        return prints;
    }

    static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path wal(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    static Path shm(Path db) {
        return db.resolveSibling(db.getFileName() + "-shm");
    }

    /**
     * Copies {@code source} to {@code target} together with a write-ahead log that holds the
     * statements {@code inWal} (never checkpointed), as a crash or another program would leave it.
     */
    static void copyWithWal(Path source, Path target, String... inWal) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + source);
             Statement s = raw.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            for (String sql : inWal) {
                s.execute(sql);
            }
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
            Files.copy(wal(source), wal(target));
        }
        if (Files.size(wal(target)) == 0) {
            throw new AssertionError("the copied write-ahead log is empty");
        }
    }

    /** An SQLite database of another program, with a table of its own. */
    static void otherProgramsDatabase(Path file) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = raw.createStatement()) {
            s.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)");
            s.execute("INSERT INTO photos(path) VALUES ('holiday.jpg')");
        }
    }

    /** Scribbles over pages {@code from} to {@code to} (1-based, 4 KiB) of the file: the header stays SQLite. */
    static void damagePages(Path file, int from, int to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = (from - 1) * 4096; i < Math.min(bytes.length, to * 4096); i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
    }

    static String query(Path db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    static void execute(Path db, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** The client names of a database opened the normal way. */
    static String clientNames(Database database) {
        return database.submit(c -> {
            StringBuilder names = new StringBuilder();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT name FROM client ORDER BY id")) {
                while (r.next()) {
                    names.append(r.getString(1)).append(';');
                }
            }
            return names.toString();
        }).join();
    }

    static void addClient(Database database, String name) {
        database.submit(c -> {
            try (var insert = c.prepareStatement("INSERT INTO client(name, created_at) VALUES (?, 'now')")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
            return null;
        }).join();
    }
}
