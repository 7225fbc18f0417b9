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
