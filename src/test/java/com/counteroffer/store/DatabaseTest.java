package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on real SQLite files in a temporary folder. */
class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aTransactionStoppedEvenByAnErrorSavesNothing() {
        try (Database database = Database.open(folder.resolve("error.db"))) {
            String before = query(database, "SELECT count(*) FROM client");
            java.util.concurrent.CompletableFuture<Void> failing = database.transaction(connection -> {
                try (java.sql.Statement insert = connection.createStatement()) {
                    insert.executeUpdate("INSERT INTO client(name, created_at) VALUES ('Half done', '2026-11-25')");
                }
                throw new OutOfMemoryError("simulated, after the first write");
            });
            org.assertj.core.api.Assertions.assertThatThrownBy(failing::join).hasRootCauseInstanceOf(OutOfMemoryError.class);

            assertThat(query(database, "SELECT count(*) FROM client")).isEqualTo(before);
        }
    }

    @Test
    void createsMigratesClosesAndReopensWithTheDataKept() {
        Path file = folder.resolve("nested/data/counteroffer.db");

        try (Database database = Database.open(file)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(query(database, "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.LATEST_VERSION));
            assertThat(query(database, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(query(database, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(query(database, "PRAGMA synchronous")).isEqualTo("2");
            assertThat(query(database, "SELECT name FROM client WHERE id = 1")).isEqualTo("Me");
            assertThat(query(database, "SELECT count(*) FROM schema_history")).isEqualTo(String.valueOf(Migrations.LATEST_VERSION));
            database.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO client(name, created_at) VALUES ('Ada', '2026-11-24T10:00:00Z')");
                }
                return null;
            }).join();
        }
        assertThat(file).exists();

        try (Database reopened = Database.open(file)) {
            assertThat(reopened.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(query(reopened, "SELECT count(*) FROM schema_history")).isEqualTo(String.valueOf(Migrations.LATEST_VERSION));
            assertThat(query(reopened, "SELECT name FROM client WHERE name = 'Ada'")).isEqualTo("Ada");
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Path file = folder.resolve("tx.db");
        try (Database database = Database.open(file)) {
            assertThatThrownBy(() -> database.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO client(name, created_at) VALUES ('Half', 'now')");
                    s.executeUpdate("INSERT INTO client(name, created_at) VALUES ('Half', 'again')"); // UNIQUE violation
                }
                return null;
            }).join()).isInstanceOf(CompletionException.class).hasCauseInstanceOf(StoreException.class);
            assertThat(query(database, "SELECT count(*) FROM client WHERE name = 'Half'")).isEqualTo("0");
        }
    }

    @Test
    void createsTheFileAndFolderForTheOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("private/counteroffer.db");
        Database.open(file).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void refusesADatabaseFromANewerVersionWithoutChangingIt() throws Exception {
        Path file = folder.resolve("newer.db");
        Database.open(file).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = raw.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.LATEST_VERSION + 5));
        }
        String before = digest(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.NEWER_SCHEMA);
                    assertThat(e.getMessage()).contains(file.toString()).contains("newer version");
                });
        assertThat(digest(file)).isEqualTo(before);
    }

    @Test
    void refusesADamagedFileWithoutChangingIt() throws Exception {
        Path file = folder.resolve("damaged.db");
        try (Database database = Database.open(file)) {
            database.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (int i = 0; i < 200; i++) {
                        s.executeUpdate("INSERT INTO client(name, created_at) VALUES ('client " + i + " "
                                + "x".repeat(200) + "', 'now')");
                    }
                }
                return null;
            }).join();
        }
        // Scribble over the second page onwards: the header still says SQLite, the b-trees are garbage.
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < Math.min(bytes.length, 4096 * 4); i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        String before = digest(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED);
                    assertThat(e.getMessage()).contains(file.toString()).contains("damaged");
                });
        assertThat(digest(file)).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotSqliteWithoutChangingIt() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "These are my salary notes, not a database.\n", StandardCharsets.UTF_8);
        String before = digest(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_A_DATABASE);
                    assertThat(e.getMessage()).contains(file.toString()).contains("not an SQLite file");
                });
        assertThat(digest(file)).isEqualTo(before);
        assertThat(Files.readString(file)).startsWith("These are my salary notes");
    }

    @Test
    void refusesAnotherProgramsSqliteDatabase() throws Exception {
        Path file = folder.resolve("other-app.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = raw.createStatement()) {
            s.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)");
        }
        String before = digest(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_A_DATABASE);
                    assertThat(e.getMessage()).contains("another program");
                });
        assertThat(digest(file)).isEqualTo(before);
    }

    @Test
    void namesTheFolderWhenItCannotBeCreated() throws Exception {
        Path blocker = folder.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        Path file = blocker.resolve("sub/counteroffer.db");

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.FOLDER_UNUSABLE);
                    assertThat(e.getMessage()).contains(file.getParent().toString()).contains("--db");
                });
    }

    @Test
    void refusesAFolderGivenAsTheDatabaseFile() {
        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_A_DATABASE);
                    assertThat(e.getMessage()).contains(folder.toString()).contains("is a folder");
                });
    }

    @Test
    void anEmptyFileBecomesANewDatabaseAndSaysSoOnce() throws Exception {
        Path file = folder.resolve("empty.db");
        Files.createFile(file);
        try (Database database = Database.open(file)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(database.notice()).hasValueSatisfying(notice ->
                    assertThat(notice).contains(file.toString()).contains("empty").contains("new"));
        }
        try (Database database = Database.open(file)) {
            assertThat(database.notice()).isEmpty();
        }
        try (Database created = Database.open(folder.resolve("brand-new.db"))) {
            assertThat(created.notice()).as("a file that did not exist is simply created").isEmpty();
        }
    }

    @Test
    void aDatabaseWithCommittedChangesStillInItsLogOpensWithThem() throws Exception {
        Path source = RefusedFilesUntouchedTest.ourDatabaseWithClients(folder.resolve("crashed-source/counteroffer.db"), 3);
        Path file = folder.resolve("crashed/counteroffer.db");
        // What a crash leaves: committed changes in the log, not yet in the file.
        StoreFiles.copyWithWal(source, file, "UPDATE client SET name = 'Only in the log' WHERE id = 1");

        try (Database database = Database.open(file)) {
            assertThat(query(database, "SELECT name FROM client WHERE id = 1")).isEqualTo("Only in the log");
        }
    }

    @Test
    void anEmptyFileWithALogBesideItIsRefusedUntouched() throws Exception {
        Path source = RefusedFilesUntouchedTest.ourDatabaseWithClients(folder.resolve("source/counteroffer.db"), 2);
        Path file = folder.resolve("emptied/counteroffer.db");
        StoreFiles.copyWithWal(source, file, "UPDATE client SET name = 'In the log' WHERE id = 1");
        Files.write(file, new byte[0]);
        var before = StoreFiles.fingerprint(file.getParent());

        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(StoreException.class, e ->
                assertThat(e.getMessage()).contains(StoreFiles.wal(file).toString()).contains("untouched"));
        assertThat(StoreFiles.fingerprint(file.getParent())).isEqualTo(before);
    }

    @Test
    void aLinkToAMissingFileSaysWhereItPoints() throws Exception {
        Path target = folder.resolve("moved-away/counteroffer.db");
        Path link = Files.createSymbolicLink(folder.resolve("link.db"), target);

        assertThatThrownBy(() -> Database.open(link)).isInstanceOfSatisfying(StoreException.class, e ->
                assertThat(e.getMessage()).contains(link.toString()).contains("link to a missing file")
                        .contains(target.toString()));
        assertThat(target).doesNotExist();
    }

    @Test
    void aBackupsFolderThatCannotBeWrittenIsNamed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("ro/counteroffer.db");
        Database.open(file).close();
        Path backups = file.resolveSibling("backups");
        Files.createDirectories(backups);
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("r-x------"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(backups),
                    "this user can write to any folder (root): nothing to test");
            assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.FOLDER_UNUSABLE);
                assertThat(e.getMessage()).contains("backup").contains(backups.toString())
                        .doesNotContain("Cannot open the database");
            });
        } finally {
            Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static String query(Database database, String sql) {
        return database.submit(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
                return rows.next() ? rows.getString(1) : null;
            }
        }).join();
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

}
