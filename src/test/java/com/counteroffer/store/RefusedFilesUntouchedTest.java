package com.counteroffer.store;

import static com.counteroffer.store.StoreFiles.fingerprint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file Counteroffer refuses is left exactly as it was, byte for byte, together with the
 * write-ahead log and shared-memory files beside it: SQLite must neither replay a log into it nor
 * checkpoint it. The same holds for a refused restore source and for the backups inspected when
 * choosing the latest.
 */
class RefusedFilesUntouchedTest {

    @TempDir
    Path folder;

    @Test
    void aDamagedFileWithALogBesideItIsRefusedUntouched() throws Exception {
        Path db = ourDatabaseWithClients(folder.resolve("source/counteroffer.db"), 200);
        Path target = folder.resolve("damaged/counteroffer.db");
        StoreFiles.copyWithWal(db, target, "UPDATE client SET name = 'In the log' WHERE id = 1");
        long pages = Files.size(target) / 4096;
        StoreFiles.damagePages(target, (int) pages - 4, (int) pages);

        refusedUntouched(target, StoreException.Kind.DAMAGED);
    }

    @Test
    void anotherProgramsDatabaseWithALogIsRefusedUntouched() throws Exception {
        Path source = folder.resolve("source/photos.db");
        Files.createDirectories(source.getParent());
        StoreFiles.otherProgramsDatabase(source);
        Path target = folder.resolve("other/photos.db");
        StoreFiles.copyWithWal(source, target, "INSERT INTO photos(path) VALUES ('in the log.jpg')");

        refusedUntouched(target, StoreException.Kind.NOT_A_DATABASE);
    }

    @Test
    void aNewerVersionWithALogIsRefusedUntouched() throws Exception {
        Path db = ourDatabaseWithClients(folder.resolve("source/counteroffer.db"), 3);
        Path target = folder.resolve("newer/counteroffer.db");
        StoreFiles.copyWithWal(db, target, "PRAGMA user_version = " + (Migrations.LATEST_VERSION + 5),
                "UPDATE client SET name = 'Newer' WHERE id = 1");

        refusedUntouched(target, StoreException.Kind.NEWER_SCHEMA);
    }

    @Test
    void aStrayLogFromAnotherDatabaseBesideAGoodFileIsRefusedUntouched() throws Exception {
        Path good = ourDatabaseWithClients(folder.resolve("good/counteroffer.db"), 5);
        Path photos = folder.resolve("photos/photos.db");
        Files.createDirectories(photos.getParent());
        StoreFiles.otherProgramsDatabase(photos);
        Path photosCopy = folder.resolve("photos-copy/photos.db");
        StoreFiles.copyWithWal(photos, photosCopy, "INSERT INTO photos(path) VALUES ('stray.jpg')");
        Files.copy(StoreFiles.wal(photosCopy), StoreFiles.wal(good));

        StoreException refused = refusedUntouched(good, null);
        assertThat(refused.getMessage()).contains(StoreFiles.wal(good).toString());

        // Without the stray log the file opens with everything in it.
        Files.delete(StoreFiles.wal(good));
        try (Database database = Database.open(good)) {
            assertThat(StoreFiles.clientNames(database)).contains("client 4");
        }
    }

    @Test
    void aNegativeSchemaVersionIsRefusedUntouchedWithAClearMessage() throws Exception {
        Path db = ourDatabaseWithClients(folder.resolve("negative/counteroffer.db"), 2);
        StoreFiles.execute(db, "PRAGMA user_version = -1");

        StoreException refused = refusedUntouched(db, StoreException.Kind.DAMAGED);
        assertThat(refused.getMessage()).contains("-1").contains(db.toString());
    }

    @Test
    void refusedRestoreSourcesAreLeftUntouchedAndTheDataIsKept() throws Exception {
        Path damagedSource = ourDatabaseWithClients(folder.resolve("s1/counteroffer.db"), 200);
        Path damaged = folder.resolve("sources/damaged.db");
        StoreFiles.copyWithWal(damagedSource, damaged, "UPDATE client SET name = 'In the log' WHERE id = 1");
        long pages = Files.size(damaged) / 4096;
        StoreFiles.damagePages(damaged, (int) pages - 4, (int) pages);
        Path newerSource = ourDatabaseWithClients(folder.resolve("s2/counteroffer.db"), 2);
        Path newer = folder.resolve("sources/newer.db");
        StoreFiles.copyWithWal(newerSource, newer, "PRAGMA user_version = " + (Migrations.LATEST_VERSION + 1));
        Path photos = folder.resolve("s3/photos.db");
        Files.createDirectories(photos.getParent());
        StoreFiles.otherProgramsDatabase(photos);
        Path other = folder.resolve("sources/other.db");
        StoreFiles.copyWithWal(photos, other, "INSERT INTO photos(path) VALUES ('x.jpg')");
        Path negative = ourDatabaseWithClients(folder.resolve("sources/negative.db"), 1);
        StoreFiles.execute(negative, "PRAGMA user_version = -1");
        Path empty = Files.createFile(folder.resolve("sources/empty.db"));

        try (Database database = Database.open(folder.resolve("data/counteroffer.db"))) {
            StoreFiles.addClient(database, "Kept");
            for (Path source : new Path[] {damaged, newer, other, negative, empty}) {
                Map<String, String> before = fingerprint(source.getParent());
                assertThatThrownBy(() -> database.restoreFrom(source).join()).as(source.toString())
                        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(StoreException.class)
                        .hasMessageContaining(source.toString());
                assertThat(fingerprint(source.getParent())).as(source.toString()).isEqualTo(before);
                assertThat(StoreFiles.clientNames(database)).contains("Kept");
            }
            assertThat(database.backups().list()).as("nothing was backed up for a refused restore").isEmpty();
        }
    }

    @Test
    void inspectingTheBackupsChangesNone() throws Exception {
        Path db = ourDatabaseWithClients(folder.resolve("data/counteroffer.db"), 200);
        Path backups;
        Path good;
        try (Database database = Database.open(db)) {
            good = database.backupNow().join();
            backups = database.backups().folder();
        }
        // A damaged backup with a log beside it, newer than the good one, and an empty newest.
        Path damaged = backups.resolve(Backups.PREFIX + "29990101-000000-000-manual.db");
        StoreFiles.copyWithWal(db, damaged, "UPDATE client SET name = 'In the log' WHERE id = 1");
        long pages = Files.size(damaged) / 4096;
        StoreFiles.damagePages(damaged, (int) pages - 4, (int) pages);
        Files.createFile(backups.resolve(Backups.PREFIX + "29990102-000000-000-daily.db"));
        Map<String, String> before = fingerprint(backups);

        Recovery recovery = new Recovery(db, Clock.systemDefaultZone());
        assertThat(recovery.latestBackup()).contains(good);
        assertThat(recovery.advice()).contains(good.toString());

        assertThat(fingerprint(backups)).isEqualTo(before);
    }

    /** Opens the file, expects a refusal of the kind given (any, if null), and checks that nothing changed. */
    private static StoreException refusedUntouched(Path db, StoreException.Kind kind) throws Exception {
        Map<String, String> before = fingerprint(db.getParent());
        StoreException[] thrown = new StoreException[1];
        assertThatThrownBy(() -> Database.open(db)).isInstanceOfSatisfying(StoreException.class, e -> {
            thrown[0] = e;
            if (kind != null) {
                assertThat(e.kind()).isEqualTo(kind);
            }
            assertThat(e.getMessage()).contains(db.toString()).contains("untouched");
        });
        assertThat(fingerprint(db.getParent())).as("the files beside " + db + " after the refusal").isEqualTo(before);
        return thrown[0];
    }

    /** A Counteroffer database with {@code count} more clients, closed cleanly (no log beside it). */
    static Path ourDatabaseWithClients(Path db, int count) {
        try (Database database = Database.open(db)) {
            for (int i = 0; i < count; i++) {
                StoreFiles.addClient(database, "client " + i + " " + "x".repeat(200));
            }
        }
        return db;
    }
}
