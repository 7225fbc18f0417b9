package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.service.Services;
import com.counteroffer.store.Database;
import com.counteroffer.testing.FileStates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a file the user names refuses Counteroffer's own files (the database, its
 * write-ahead log, shared memory and lock, the backups, the settings), however the path is spelled
 * or linked, with exit 2 and a message; nothing in the data folder changes, byte for byte.
 */
class OwnFilesRefusedTest {

    /** One data folder for every case: a refused write changes nothing, so each case finds it as the last left it. */
    @TempDir
    static Path folder;
    private static Path data;
    private static Path db;
    private static Services heldOpen;

    @BeforeAll
    static void makeADatabaseWithEverythingBesideIt() throws Exception {
        data = folder.resolve("data");
        db = data.resolve("counteroffer.db");
        assertThat(CliRun.of("clients", "add", "Dana Okafor", "--db", db.toString()).exitCode()).isZero();
        assertThat(CliRun.of("backup", "--db", db.toString()).exitCode()).isZero();
        Files.writeString(data.resolve("settings.properties"), "theme=DARK\n");
        Files.writeString(data.resolve("counteroffer.db.lock"), "");
        // A second connection keeps the write-ahead log in use, holding a change not yet in the database file.
        heldOpen = new Services(Database.open(db), Clock.systemDefaultZone(), Services.builtInOnDemand());
        heldOpen.clients().add("Only In The Log");
        assertThat(data.resolve("counteroffer.db-wal")).isNotEmptyFile();
        Files.createSymbolicLink(folder.resolve("link-to-db"), db);
        Files.createSymbolicLink(folder.resolve("link-to-wal"), data.resolve("counteroffer.db-wal"));
        Files.createSymbolicLink(folder.resolve("link-to-backups"), data.resolve("backups"));
        Files.createSymbolicLink(folder.resolve("link-to-data"), data);
    }

    @AfterAll
    static void close() {
        heldOpen.close();
    }

    /** The paths to refuse, relative to the test folder, then each command that writes one. */
    static Stream<Arguments> ownFiles() throws Exception {
        List<String> targets = List.of("data/counteroffer.db", "data/counteroffer.db-wal", "data/counteroffer.db-shm",
                "data/counteroffer.db.lock", "data/settings.properties", "data/backups/mine.csv",
                "data/../data/counteroffer.db", "link-to-db", "link-to-wal", "link-to-backups/new.pdf",
                "link-to-data/counteroffer.db", "link-to-data/settings.properties");
        List<Arguments> cases = new ArrayList<>();
        for (String command : List.of("export csv", "export json", "report", "backup")) {
            for (String target : targets) {
                cases.add(Arguments.of(command, target));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} onto {1}")
    @MethodSource("ownFiles")
    void isRefusedAndNothingBesideTheDatabaseChanges(String command, String target) {
        Path out = folder.resolve(target);
        Map<String, String> before = withoutSharedMemory(FileStates.snapshot(folder));

        CliRun run = CliRun.of(arguments(command, out));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(out.toString()).contains("Counteroffer's own").contains("choose another")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(withoutSharedMemory(FileStates.snapshot(folder))).isEqualTo(before);
    }

    private static String[] arguments(String command, Path out) {
        return switch (command) {
            case "export csv" -> new String[] {"export", out.toString(), "--format", "csv", "--db", db.toString()};
            case "export json" -> new String[] {"export", out.toString(), "--format", "json", "--db", db.toString()};
            case "report" -> new String[] {"report", "--out", out.toString(), "--db", db.toString()};
            case "backup" -> new String[] {"backup", "--out", out.toString(), "--db", db.toString()};
            default -> throw new IllegalArgumentException(command);
        };
    }

    /** SQLite's shared-memory index changes when any connection reads; it holds no data. */
    private static Map<String, String> withoutSharedMemory(Map<String, String> states) {
        states.replaceAll((name, state) -> name.endsWith("-shm") ? "present" : state);
        return states;
    }
}
