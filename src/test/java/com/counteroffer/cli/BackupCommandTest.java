package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

    @TempDir
    Path folder;

    @Test
    void backsUpAndRestoresAndTheRestoreIsItselfBackedUp() throws Exception {
        String db = folder.resolve("data/counteroffer.db").toString();
        assertThat(CliRun.of("clients", "add", "Before Backup", "--db", db).exitCode()).isZero();
        Path copy = folder.resolve("copy.db");

        CliRun backup = CliRun.of("backup", "--out", copy.toString(), "--db", db);
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(copy).exists();

        assertThat(CliRun.of("clients", "add", "After Backup", "--db", db).exitCode()).isZero();
        CliRun restore = CliRun.of("restore", copy.toString(), "--db", db);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("before-restore");

        String clients = CliRun.of("clients", "list", "--db", db).out();
        assertThat(clients).contains("Before Backup").doesNotContain("After Backup");
    }

    @Test
    void aDamagedDatabaseIsRefusedWithWhatToDoAndRestoreReplacesIt() throws Exception {
        Path db = folder.resolve("damaged/counteroffer.db");
        assertThat(CliRun.of("clients", "add", "Saved Client", "--db", db.toString()).exitCode()).isZero();
        assertThat(CliRun.of("backup", "--db", db.toString()).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 4096; i < Math.min(bytes.length, 4096 * 6); i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(db, bytes);
        Files.deleteIfExists(db.resolveSibling("counteroffer.db-wal"));
        Files.deleteIfExists(db.resolveSibling("counteroffer.db-shm"));

        CliRun refused = CliRun.of("clients", "list", "--db", db.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(refused.err()).contains("damaged").contains("counteroffer restore").contains("move");

        Path backup;
        try (var files = Files.list(db.resolveSibling("backups"))) {
            backup = files.filter(p -> p.toString().endsWith("-manual.db")).findFirst().orElseThrow();
        }
        CliRun restored = CliRun.of("restore", backup.toString(), "--db", db.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("damaged file is kept as");
        assertThat(CliRun.of("clients", "list", "--db", db.toString()).out()).contains("Saved Client");
    }

    @Test
    void refusesAFileThatIsNotABackup() throws Exception {
        Path notes = folder.resolve("notes.db");
        Files.writeString(notes, "hello");
        CliRun run = CliRun.of("restore", notes.toString(), "--db", folder.resolve("x.db").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.err()).contains(notes.toString()).contains("not a Counteroffer database");
        assertThat(CliRun.of("backup", "--out", folder.resolve("no/such/dir/b.db").toString(), "--db",
                folder.resolve("x.db").toString()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void restoreRefusesAnEmptyFileAndKeepsTheData() throws Exception {
        String db = folder.resolve("data/counteroffer.db").toString();
        assertThat(CliRun.of("clients", "add", "Kept Client", "--db", db).exitCode()).isZero();
        Path empty = Files.createFile(folder.resolve("empty.db"));

        CliRun run = CliRun.of("restore", empty.toString(), "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.err()).contains(empty.toString()).contains("empty").doesNotContain("\tat ");
        CliRun list = CliRun.of("clients", "list", "--db", db);
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("Kept Client");
    }

    @Test
    void everyCommandWorksInAFolderWhoseNameHasQuotesAndQueryCharacters() throws Exception {
        for (String name : new String[] {"My \"Offers\" 2026", "a?journal_mode=DELETE&foreign_keys=false #1 50%"}) {
            Path db = folder.resolve(name).resolve("counteroffer.db");
            String dbOption = db.toString();
            assertThat(CliRun.of("clients", "add", "First", "--db", dbOption).exitCode()).isZero();
            CliRun second = CliRun.of("clients", "add", "Second", "--db", dbOption);
            assertThat(second.exitCode()).as(second.err()).isZero();
            Path copy = db.resolveSibling("copy \"of\" it?.db");
            CliRun backup = CliRun.of("backup", "--out", copy.toString(), "--db", dbOption);
            assertThat(backup.exitCode()).as(backup.err()).isZero();
            assertThat(CliRun.of("clients", "add", "Third", "--db", dbOption).exitCode()).isZero();
            CliRun restore = CliRun.of("restore", copy.toString(), "--db", dbOption);
            assertThat(restore.exitCode()).as(restore.err()).isZero();
            CliRun list = CliRun.of("clients", "list", "--db", dbOption);
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out()).contains("Second").doesNotContain("Third");
        }
        Path optionsLike = folder.resolve("b?journal_mode=DELETE&foreign_keys=false");
        assertThat(CliRun.of("clients", "add", "Named", "--db", optionsLike.toString()).exitCode()).isZero();
        assertThat(optionsLike).exists();
        assertThat(folder.resolve("b")).doesNotExist();
    }

    @Test
    void aNegativeSchemaVersionIsRefusedWithExitCode3AndNoStackTrace() throws Exception {
        Path db = folder.resolve("negative/counteroffer.db");
        assertThat(CliRun.of("clients", "add", "Someone", "--db", db.toString()).exitCode()).isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = -1");
        }

        CliRun run = CliRun.of("clients", "list", "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.err()).contains("-1").contains(db.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void anEmptyDatabaseFileIsStartedAfreshWithAWarningOnce() throws Exception {
        Path db = folder.resolve("zero/counteroffer.db");
        Files.createDirectories(db.getParent());
        Files.createFile(db);

        CliRun first = CliRun.of("clients", "list", "--db", db.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains(db.toString()).contains("empty");
        CliRun second = CliRun.of("clients", "list", "--db", db.toString());
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
    }

    @Test
    void aLinkToAMissingFileIsNamedAsOne() throws Exception {
        Path target = folder.resolve("gone/counteroffer.db");
        Path link = Files.createSymbolicLink(folder.resolve("link.db"), target);

        CliRun run = CliRun.of("clients", "list", "--db", link.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.err()).contains("link to a missing file").contains(target.toString());
    }
}
