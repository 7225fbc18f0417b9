package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.store.Migrations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {

    @TempDir
    Path folder;

    @Test
    void versionAndHelpExitZero() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Counteroffer 0.1.0");

        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--db=PATH", "--startup-probe", "COUNTEROFFER_DB", "Exit codes", "info");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitOne() {
        CliRun run = CliRun.of("--colour", "blue");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown option", "--colour", "--help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void withoutACommandItOpensTheWindowWithTheChosenDatabaseAndProbeFlag() {
        AtomicReference<StartupOptions> received = new AtomicReference<>();
        Path db = folder.resolve("gui.db");
        CliRun run = CliRun.of(options -> {
            received.set(options);
            return 0;
        }, "--db", db.toString(), "--startup-probe");

        assertThat(run.exitCode()).isZero();
        assertThat(received.get().databaseFile()).isEqualTo(db.toAbsolutePath());
        assertThat(received.get().startupProbe()).isTrue();
    }

    @Test
    void theWindowsExitCodeBecomesTheProcessExitCode() {
        assertThat(CliRun.of(options -> 3, "--db", folder.resolve("x.db").toString()).exitCode()).isEqualTo(3);
    }

    @Test
    void infoCreatesTheDatabaseAndPrintsJson() throws Exception {
        Path db = folder.resolve("info/counteroffer.db");
        CliRun run = CliRun.of("info", "--db", db.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("database").asText()).isEqualTo(db.toString());
        assertThat(json.get("schema_version").asInt()).isEqualTo(Migrations.LATEST_VERSION);
        assertThat(json.get("version").asText()).isEqualTo("0.1.0");
        assertThat(db).exists();
    }

    @Test
    void theDbOptionWorksBeforeTheCommandToo() {
        Path db = folder.resolve("before.db");
        CliRun run = CliRun.of("--db", db.toString(), "info");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Database:       " + db);
    }

    @Test
    void anUnusableFolderIsAStorageErrorNamingThePath() throws Exception {
        Path blocker = folder.resolve("blocker");
        Files.writeString(blocker, "not a folder");
        Path db = blocker.resolve("counteroffer.db");

        CliRun run = CliRun.of("info", "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.err()).contains(blocker.toString()).contains("--db");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotADatabaseIsAStorageError() throws Exception {
        Path db = folder.resolve("text.db");
        Files.writeString(db, "hello");
        CliRun run = CliRun.of("info", "--db", db.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.err()).contains(db.toString()).contains("not a Counteroffer database");
        assertThat(Files.readString(db)).isEqualTo("hello");
    }
}
