package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged database is moved aside, never deleted, and replaced by the latest backup or a new file. */
class RecoveryTest {

    @TempDir
    Path folder;

    @Test
    void movesTheDamagedFileAsideUnchangedAndRestoresTheLatestBackup() throws Exception {
        Path db = folder.resolve("counteroffer.db");
        try (Database database = Database.open(db)) {
            database.submit(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE client SET name = 'Backed up' WHERE id = 1");
                }
                return null;
            }).join();
            database.backupNow().join();
        }
        damage(db);
        String damaged = digest(db);
        assertThatThrownBy(() -> Database.open(db)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED));

        Recovery recovery = new Recovery(db, Clock.systemDefaultZone());
        assertThat(recovery.advice()).contains("counteroffer restore").contains("never deletes");
        Path aside = recovery.replaceWith(recovery.latestBackup().orElseThrow());

        assertThat(aside.getFileName().toString()).startsWith("counteroffer.db.damaged-");
        assertThat(digest(aside)).as("the damaged file is kept as it was").isEqualTo(damaged);
        try (Database restored = Database.open(db)) {
            assertThat(restored.submit(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM client WHERE id = 1")) {
                    r.next();
                    return r.getString(1);
                }
            }).join()).isEqualTo("Backed up");
        }
    }

    @Test
    void aNewEmptyDatabaseCanStartOnceTheDamagedOneIsAside() throws Exception {
        Path db = folder.resolve("fresh.db");
        Database.open(db).close();
        damage(db);
        Path aside = new Recovery(db, Clock.systemDefaultZone()).moveAside();
        assertThat(aside).exists();
        try (Database fresh = Database.open(db)) {
            assertThat(fresh.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
        }
    }

    @Test
    void theAdviceNamesTheNewestGoodBackupNotANewerBrokenOne() throws Exception {
        Path db = folder.resolve("advice/counteroffer.db");
        Path good;
        try (Database database = Database.open(db)) {
            good = database.backupNow().join();
        }
        // What a kill -9 during the day's first backup used to leave: an empty file that sorts newest.
        Path empty = Files.createFile(good.resolveSibling(Backups.PREFIX + "29991231-000000-000-daily.db"));
        damage(db);

        Recovery recovery = new Recovery(db, Clock.systemDefaultZone());
        assertThat(recovery.latestBackup()).contains(good);
        assertThat(recovery.advice()).contains(good.toString()).doesNotContain(empty.toString());
        assertThatThrownBy(() -> recovery.replaceWith(empty)).isInstanceOf(StoreException.class)
                .hasMessageContaining(empty.toString());
        assertThat(digest(db)).as("a refused replacement leaves the damaged file where it is").isNotNull();
        assertThat(db).exists();
    }

    static void damage(Path db) throws Exception {
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 4096; i < Math.min(bytes.length, 4096 * 6); i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(db, bytes);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

}
