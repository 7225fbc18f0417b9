package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Folder and file names are data: quotes, question marks, percent signs and the like must reach
 * SQLite as the name of the file, never as SQL or as the options of a URI.
 */
class PathsAreDataTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"My \"Offers\" 2026", "50% off #1 ?x=y&z", "it's ü 'quoted'"})
    void opensBacksUpRestoresAndRecoversInAFolderOfAnyName(String name) throws Exception {
        Path db = folder.resolve(name).resolve("counteroffer.db");
        try (Database database = Database.open(db)) {
            StoreFiles.addClient(database, "First");
        }
        Path backup;
        try (Database database = Database.open(db)) {
            assertThat(database.backups().list()).as("the daily backup").hasSize(1);
            backup = database.backupNow().join();
            StoreFiles.addClient(database, "After the backup");
            Path before = database.restoreFrom(backup).join();
            assertThat(before).exists();
            assertThat(StoreFiles.clientNames(database)).contains("First").doesNotContain("After the backup");
        }
        assertThat(backup.getParent()).isEqualTo(db.resolveSibling("backups"));
        try (var files = Files.list(db.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("counteroffer.db", "backups");
        }

        RecoveryTest.damage(db);
        Recovery recovery = new Recovery(db, Clock.systemDefaultZone());
        recovery.replaceWith(recovery.latestBackup().orElseThrow());
        try (Database database = Database.open(db)) {
            assertThat(StoreFiles.clientNames(database)).contains("First");
        }
    }

    @Test
    void aFileNameThatLooksLikeOptionsIsJustAName() throws Exception {
        Path db = folder.resolve("a?journal_mode=DELETE&foreign_keys=false");
        try (Database database = Database.open(db)) {
            assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
            StoreFiles.addClient(database, "Named");
        }
        assertThat(db).exists();
        assertThat(folder.resolve("a")).doesNotExist();
        try (Database database = Database.open(db)) {
            assertThat(StoreFiles.clientNames(database)).contains("Named");
            database.restoreFrom(database.backups().latest().orElseThrow()).join();
        }
    }

    private static String pragma(Database database, String name) {
        return database.submit(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                r.next();
                return r.getString(1);
            }
        }).join();
    }
}
