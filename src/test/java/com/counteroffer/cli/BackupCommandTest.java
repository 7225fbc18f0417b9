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
}
