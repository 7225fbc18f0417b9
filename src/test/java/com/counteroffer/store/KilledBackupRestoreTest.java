package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.HeadlessJava;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code counteroffer backup} and {@code counteroffer restore} in a separate process, killed with
 * SIGKILL while they write, ten times each: the database stays intact and holds either the old
 * state or the restored one, and the latest backup chosen is always the newest one that is whole.
 */
@Tag("process") // starts other JVMs: slow; excluded from the quick loop with -DexcludedGroups=process
class KilledBackupRestoreTest {

    /** Kills per kind; -Dcounteroffer.kills=N reruns it as the reliability probe. */
    private static final int ROUNDS = Integer.getInteger("counteroffer.kills", 10);

    @TempDir
    Path folder;

    @Test
    void killedBackupsLeaveTheDatabaseIntactAndAreNeverChosenAsLatest() throws Exception {
        Path db = databaseWithBallast();
        Backups backups = new Backups(db, Clock.systemDefaultZone());
        // What an older version left after such a kill: an empty file that sorts newest.
        Files.createFile(backups.folder().resolve(Backups.PREFIX + "29991231-235959-999-daily.db"));

        int killedWhileWriting = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Path> before = backups.list();
            Process backup = HeadlessJava.start(List.of("backup", "--db", db.toString()));
            Optional<Path> seen = killWhen(backup, backups.folder(), name -> name.endsWith(".partial"));
            if (seen.isPresent() && backups.list().equals(before)) {
                killedWhileWriting++;
            }
            assertIntact(db, "Current");
            Path latest = backups.latest().orElseThrow();
            assertThat(latest).as("round " + round).isEqualTo(newestWhole(backups));
            Database.inspect(latest);
        }
        assertThat(killedWhileWriting).as("kills that landed while a backup was being written").isPositive();
    }

    @Test
    void killedRestoresLeaveTheOldOrTheRestoredStateAndNothingElse() throws Exception {
        Path db = databaseWithBallast();
        Backups backups = new Backups(db, Clock.systemDefaultZone());
        Path source = backups.latest().orElseThrow();

        for (int round = 0; round < ROUNDS; round++) {
            Process restore = HeadlessJava.start(List.of("restore", source.toString(), "--db", db.toString()));
            // Half the rounds are killed while the safety backup is written, half once the restore itself runs.
            Predicate<String> moment = round % 2 == 0 ? name -> name.endsWith(".partial")
                    : name -> name.endsWith("-before-restore.db");
            killWhen(restore, backups.folder(), moment);

            String name = StoreFiles.query(db, "SELECT name FROM client WHERE id = 1");
            assertThat(name).as("round " + round).isIn("Current", "Backed up");
            assertIntact(db, name);
            assertThat(backups.latest()).as("round " + round).contains(newestWhole(backups));
            if (name.equals("Backed up")) {
                StoreFiles.execute(db, "UPDATE client SET name = 'Current' WHERE id = 1");
            }
        }

        HeadlessJava.Result finished = HeadlessJava.run(List.of("restore", source.toString(), "--db", db.toString()), 120);
        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertIntact(db, "Backed up");
    }

    /** A database big enough (5 MB) that writing a copy of it takes a while, backed up as "Backed up". */
    private Path databaseWithBallast() throws Exception {
        Path db = folder.resolve("data/counteroffer.db");
        try (Database database = Database.open(db)) {
            database.submit(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TABLE ballast(b BLOB)");
                    s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
                            + "INSERT INTO ballast SELECT randomblob(8000) FROM n");
                    s.execute("UPDATE client SET name = 'Backed up' WHERE id = 1");
                }
                return null;
            }).join();
            database.backupNow().join();
            database.submit(c -> {
                try (var s = c.createStatement()) {
                    s.execute("UPDATE client SET name = 'Current' WHERE id = 1");
                }
                return null;
            }).join();
        }
        return db;
    }

    /**
     * Kills the process with SIGKILL as soon as a new file whose name matches appears in the folder
     * (files left by earlier rounds don't count); returns that file, or nothing if the process ended first.
     */
    private static Optional<Path> killWhen(Process process, Path watched, Predicate<String> matches) throws Exception {
        java.util.Set<Path> earlier;
        try (Stream<Path> files = Files.list(watched)) {
            earlier = files.collect(java.util.stream.Collectors.toSet());
        }
        Optional<Path> seen = Optional.empty();
        while (process.isAlive() && seen.isEmpty()) {
            if (Files.isDirectory(watched)) {
                try (Stream<Path> files = Files.list(watched)) {
                    seen = files.filter(p -> !earlier.contains(p) && matches.test(p.getFileName().toString()))
                            .findFirst();
                } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                    // a temporary file went away while listing: look again
                }
            }
            Thread.onSpinWait();
        }
        process.destroyForcibly();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return seen;
    }

    private static void assertIntact(Path db, String name) throws Exception {
        assertThat(StoreFiles.query(db, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(StoreFiles.query(db, "SELECT name FROM client WHERE id = 1")).isEqualTo(name);
        assertThat(StoreFiles.query(db, "SELECT count(*) FROM ballast")).isEqualTo("600");
    }

    /** The backups with their final name, newest first. */
    private static List<Path> finishedBackups(Backups backups) {
        return backups.list();
    }

    /** The newest backup file that is a whole copy of a Counteroffer database. */
    private static Path newestWhole(Backups backups) {
        return finishedBackups(backups).stream().filter(p -> {
            try {
                Database.inspect(p);
                return true;
            } catch (StoreException e) {
                return false;
            }
        }).findFirst().orElseThrow();
    }
}
