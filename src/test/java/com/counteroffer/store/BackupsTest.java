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
