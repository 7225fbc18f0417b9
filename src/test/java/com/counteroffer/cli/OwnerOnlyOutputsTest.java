package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.service.CompareResult;
import com.counteroffer.service.Services;
import com.counteroffer.testing.FileStates;
import com.counteroffer.testing.Samples;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file Counteroffer writes for the user, and the database after a restore, is readable by the user only. */
class OwnerOnlyOutputsTest {

    @TempDir
    Path folder;
    private Path db;

    @BeforeEach
    void aClientWithOffers() {
        Assumptions.assumeTrue(FileStates.posix(), "POSIX permissions only");
        db = folder.resolve("data/counteroffer.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
        }
    }

    @Test
    void exportsTheReportAndBackupCopiesAreRwForTheOwnerOnly() throws Exception {
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));
        for (String[] args : new String[][] {
            {"export", out.resolve("all.csv").toString()},
            {"export", out.resolve("all.json").toString()},
            {"report", "--out", out.resolve("report.pdf").toString()},
            {"backup", "--out", out.resolve("copy.db").toString()}}) {
            String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
            withDb[args.length] = "--db";
            withDb[args.length + 1] = db.toString();
            CliRun run = CliRun.of(withDb);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(out).isDirectoryContaining("glob:**/report.pdf").isDirectoryContaining("glob:**/copy.db");
        assertThat(FileStates.notOwnerOnly(out)).isEmpty();
    }

    @Test
    void theCompareTableAndChartAndASavedScriptAreRwForTheOwnerOnly() throws Exception {
        Path out = Files.createDirectory(folder.resolve("out"));
        try (Services services = Services.open(db)) {
            CompareResult result = services.compare().compare(1).orElseThrow();
            services.compare().writeCsv(result, out.resolve("comparison.csv"));
            services.compare().writePng(new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB), out.resolve("chart.png"));
            services.negotiation().saveScript(out.resolve("counter.md"), "# Counter\n");
        }
        for (String name : new String[] {"comparison.csv", "chart.png", "counter.md"}) {
            assertThat(FileStates.mode(out.resolve(name))).as(name).isEqualTo("rw-------");
        }
    }

    @Test
    void theDatabaseIsRwForTheOwnerOnlyAfterARestoreFromAReadableBackup() throws Exception {
        Path backup = folder.resolve("shared-backup.db");
        assertThat(CliRun.of("backup", "--out", backup.toString(), "--db", db.toString()).exitCode()).isZero();
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun restored = CliRun.of("restore", backup.toString(), "--db", db.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(FileStates.notOwnerOnly(db.getParent())).isEmpty();
    }

    @Test
    void theDatabaseIsRwForTheOwnerOnlyAfterARestoreOverADamagedOne() throws Exception {
        Path backup = folder.resolve("shared-backup.db");
        assertThat(CliRun.of("backup", "--out", backup.toString(), "--db", db.toString()).exitCode()).isZero();
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(db, "not a database any more, and long enough to be looked at: " + "x".repeat(200));

        CliRun restored = CliRun.of("restore", backup.toString(), "--db", db.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("kept as");
        assertThat(FileStates.notOwnerOnly(db.getParent())).isEmpty();
    }
}
