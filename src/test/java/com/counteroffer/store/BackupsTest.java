package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups on real files: daily, before a migration, on request, kept to ten, and restores that back up first. */
class BackupsTest {

    @TempDir
    Path folder;

    @Test
    void aReopenedDatabaseGetsItsDailyBackupButANewOneDoesNot() {
        Path file = folder.resolve("daily.db");
        Database.open(file).close();
        assertThat(new Backups(file, java.time.Clock.systemDefaultZone()).list()).isEmpty();
        Database.open(file).close();
        assertThat(new Backups(file, java.time.Clock.systemDefaultZone()).list())
                .singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-daily.db"));
        Database.open(file).close();
        assertThat(new Backups(file, java.time.Clock.systemDefaultZone()).list()).as("one a day").hasSize(1);
    }

    @Test
    void anOlderSchemaIsBackedUpBeforeItIsMigrated() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = raw.createStatement()) {
            for (String sql : Migrations.statements(Migrations.read(Migrations.FILES.get(0)))) {
                s.execute(sql);
            }
            s.execute("INSERT INTO schema_history VALUES (1, 'V1__init.sql', 'then')");
            s.execute("PRAGMA user_version = 1");
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
        }
        try (Database database = Database.open(file)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(database.backups().list()).anySatisfy(p ->
                    assertThat(p.getFileName().toString()).endsWith("-before-migration-v1.db"));
        }
    }

    @Test
    void restoreBringsBackTheDataAndFirstBacksUpTheCurrentState() {
        Path file = folder.resolve("restore.db");
        try (Database database = Database.open(file)) {
            rename(database, "Before");
            Path backup = database.backupNow().join();
            rename(database, "After");

            Path safety = database.restoreFrom(backup).join();

            assertThat(name(database)).isEqualTo("Before");
            assertThat(safety.getFileName().toString()).endsWith("-before-restore.db");
            // the safety copy holds the state that was replaced
            database.restoreFrom(safety).join();
            assertThat(name(database)).isEqualTo("After");
        }
    }

    /** Found by the kill probe: the restore's own safety backup pruned the oldest backup, the one being restored. */
    @Test
    void restoringTheOldestOfTenKeptBackupsRestoresItAndKeepsIt() {
        try (Database database = Database.open(folder.resolve("oldest.db"))) {
            rename(database, "Oldest");
            Path oldest = database.backupNow().join();
            rename(database, "Newer");
            while (database.backups().list().size() < Backups.KEEP) {
                database.backupNow().join();
            }
            assertThat(database.backups().list()).contains(oldest);

            database.restoreFrom(oldest).join();

            assertThat(name(database)).isEqualTo("Oldest");
            assertThat(oldest).as("the backup just restored is not pruned by the restore").exists();
        }
    }

    @Test
    void keepsTheNewestTen() {
        try (Database database = Database.open(folder.resolve("many.db"))) {
            for (int i = 0; i < Backups.KEEP + 3; i++) {
                database.backupNow().join();
            }
            assertThat(database.backups().list()).hasSize(Backups.KEEP);
        }
    }

    @Test
    void refusesToRestoreSomethingThatIsNotABackupAndChangesNothing() throws Exception {
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "not a database");
        try (Database database = Database.open(folder.resolve("safe.db"))) {
            rename(database, "Kept");
            assertThatThrownBy(() -> database.restoreFrom(notes).join()).isInstanceOf(CompletionException.class)
                    .hasMessageContaining("not a Counteroffer database");
            assertThatThrownBy(() -> database.restoreFrom(folder.resolve("missing.db")).join())
                    .hasMessageContaining("no backup file");
            assertThat(name(database)).isEqualTo("Kept");
        }
    }

    @Test
    void anEmptyOrBlankFileIsNotRestoredAndTheDataIsKept() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.db"));
        Path blank = folder.resolve("blank.db");
        StoreFiles.execute(blank, "CREATE TABLE t(x)", "DROP TABLE t");
        Path oursButBare = folder.resolve("bare.db");
        StoreFiles.execute(oursButBare, "PRAGMA application_id = " + Database.APPLICATION_ID,
                "PRAGMA user_version = " + Migrations.LATEST_VERSION, "CREATE TABLE client(id INTEGER PRIMARY KEY)");
        try (Database database = Database.open(folder.resolve("kept.db"))) {
            rename(database, "Kept");
            for (Path source : new Path[] {empty, blank, oursButBare}) {
                assertThatThrownBy(() -> database.restoreFrom(source).join()).as(source.toString())
                        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(StoreException.class)
                        .hasMessageContaining(source.toString()).hasMessageContaining("not a Counteroffer backup");
                assertThat(name(database)).isEqualTo("Kept");
            }
        }
    }

    @Test
    void aBackupWithChangesInItsLogIsRestoredWithThemAndLeftAsItWas() throws Exception {
        Path source = RefusedFilesUntouchedTest.ourDatabaseWithClients(folder.resolve("source/counteroffer.db"), 2);
        Path backup = folder.resolve("handled/backup.db");
        StoreFiles.copyWithWal(source, backup, "UPDATE client SET name = 'From the log' WHERE id = 1");
        var before = StoreFiles.fingerprint(backup.getParent());
        try (Database database = Database.open(folder.resolve("target/counteroffer.db"))) {
            database.restoreFrom(backup).join();
            assertThat(name(database)).isEqualTo("From the log");
        }
        assertThat(StoreFiles.fingerprint(backup.getParent())).isEqualTo(before);
    }

    @Test
    void theLatestIsTheNewestBackupThatPassesInspection() throws Exception {
        Path file = folder.resolve("latest/counteroffer.db");
        Path good;
        try (Database database = Database.open(file)) {
            good = database.backupNow().join();
        }
        Backups backups = new Backups(file, java.time.Clock.systemDefaultZone());
        Files.createFile(backups.folder().resolve(Backups.PREFIX + "29990101-000000-000-daily.db"));
        byte[] half = Files.readAllBytes(good);
        Files.write(backups.folder().resolve(Backups.PREFIX + "29990102-000000-000-manual.db"),
                java.util.Arrays.copyOf(half, half.length / 2));
        Files.writeString(backups.folder().resolve(Backups.PREFIX + "29990103-000000-000-manual.db"), "not sqlite");

        assertThat(backups.latest()).contains(good);
    }

    @Test
    void anEmptyDailyBackupFromTodayDoesNotCountAsToday() throws Exception {
        Path file = folder.resolve("today/counteroffer.db");
        Database.open(file).close();
        Backups backups = new Backups(file, java.time.Clock.systemDefaultZone());
        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        Files.createDirectories(backups.folder());
        Path empty = Files.createFile(backups.folder().resolve(Backups.PREFIX + today + "-000000-000-daily.db"));

        Database.open(file).close();

        assertThat(backups.list()).as("a real daily backup was made").hasSize(2);
        assertThat(backups.latest()).isPresent().get().isNotEqualTo(empty);
    }

    @Test
    void badFilesNeverPushGoodBackupsOutOfTheKeptTen() throws Exception {
        Path file = folder.resolve("prune/counteroffer.db");
        try (Database database = Database.open(file)) {
            Path one = database.backupNow().join();
            Path backupsFolder = database.backups().folder();
            // Twelve good older backups, and five broken ones newer than all of them.
            java.time.format.DateTimeFormatter stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
            for (int i = 0; i < 12; i++) {
                Files.copy(one, backupsFolder.resolve(Backups.PREFIX
                        + stamp.format(java.time.LocalDateTime.now().minusHours(i + 1)) + "-manual.db"));
            }
            Files.delete(one);
            for (int i = 0; i < 5; i++) {
                Files.createFile(backupsFolder.resolve(Backups.PREFIX + "2999010" + (i + 1) + "-000000-000-daily.db"));
            }

            Path newest = database.backupNow().join();

            java.util.List<Path> good = database.backups().list().stream()
                    .filter(p -> {
                        try {
                            return Files.size(p) > 0;
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            assertThat(good).hasSize(Backups.KEEP).contains(newest);
        }
    }

    @Test
    void aBackupIsWrittenUnderATemporaryNameForTheOwnerOnlyAndLeftoversAreNotBackups() throws Exception {
        Path file = folder.resolve("temp/counteroffer.db");
        try (Database database = Database.open(file)) {
            Path leftover = database.backups().folder().resolve(Backups.PREFIX + "20260101-000000-000-manual.db.partial");
            Files.createDirectories(leftover.getParent());
            Files.createFile(leftover);
            Path backup = database.backupNow().join();

            assertThat(database.backups().list()).containsExactly(backup);
            try (var files = Files.list(database.backups().folder())) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("no temporary file of this backup is left").containsExactlyInAnyOrder(
                                backup.getFileName().toString(), leftover.getFileName().toString());
            }
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void backupsOlderThanTheKeepDaysSettingArePruned() throws Exception {
        Path file = folder.resolve("age/counteroffer.db");
        try (Database database = Database.open(file)) {
            Path one = database.backupNow().join();
            Path backupsFolder = database.backups().folder();
            java.time.format.DateTimeFormatter stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
            java.time.LocalDateTime now = java.time.LocalDateTime.now();
            Path old = backupsFolder.resolve(Backups.PREFIX + stamp.format(now.minusDays(100)) + "-daily.db");
            Path month = backupsFolder.resolve(Backups.PREFIX + stamp.format(now.minusDays(30)) + "-daily.db");
            Path week = backupsFolder.resolve(Backups.PREFIX + stamp.format(now.minusDays(7)) + "-daily.db");
            for (Path copy : new Path[] {old, month, week}) {
                Files.copy(one, copy);
            }

            database.backupNow().join();
            assertThat(old).as("older than the default 90 days").doesNotExist();
            assertThat(month).exists();

            SettingsFile.besideDatabase(file).save(java.util.Map.of("backups.keepDays", "20"));
            database.backupNow().join();
            assertThat(month).as("older than the 20 days set").doesNotExist();
            assertThat(week).exists();
            assertThat(database.backups().list()).hasSize(4);
        }
    }

    private static void rename(Database database, String name) {
        database.submit(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE client SET name = '" + name + "' WHERE id = 1");
            }
            return null;
        }).join();
    }

    private static String name(Database database) {
        return database.submit(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM client WHERE id = 1")) {
                r.next();
                return r.getString(1);
            }
        }).join();
    }
}
