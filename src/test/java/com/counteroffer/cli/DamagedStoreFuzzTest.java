package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.FileStates;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases damaged the ways disks, tools and people damage them — bytes flipped, cut short, a page
 * zeroed, garbage appended, the schema version or application id overwritten, a log left from
 * another database or full of noise — opened by a command. The command reads the data (exit 0) or
 * refuses the file naming it (exit 3), never with a stack trace, and a refused file and its log are
 * byte for byte what they were. Bounded for the build; {@code -Dcounteroffer.fuzz.stores=N} reruns it
 * as the reliability probe.
 */
class DamagedStoreFuzzTest {

    private static final int STORES = Integer.getInteger("counteroffer.fuzz.stores", 24);
    private static final long SEED = Long.getLong("counteroffer.fuzz.seed", 20261202L);

    @TempDir
    Path folder;

    @Test
    void aDamagedDatabaseIsReadOrRefusedAndARefusedOneIsLeftAsItWas() throws Exception {
        Random random = new Random(SEED);
        Path good = folder.resolve("good").resolve("counteroffer.db");
        Files.createDirectories(good.getParent());
        for (String sample : List.of("sample-bigtech-amazon.json", "sample-ai-startup.json")) {
            assertThat(CliRun.of("offers", "add", "--file", "assets/sample-offers/" + sample, "--db", good.toString())
                    .exitCode()).isZero();
        }
        Path otherDb = folder.resolve("other").resolve("counteroffer.db");
        Files.createDirectories(otherDb.getParent());
        assertThat(CliRun.of("clients", "add", "Someone Else", "--db", otherDb.toString()).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(good);
        int read = 0;
        int refused = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < STORES; i++) {
            Path db = folder.resolve("case-" + i).resolve("counteroffer.db");
            Files.createDirectories(db.getParent());
            String damage = damage(bytes, db, otherDb, random);
            String before = FileStates.database(db);
            CliRun run = CliRun.of("offers", "list", "--db", db.toString());
            String output = run.out() + run.err();
            if (output.contains("\tat ") || output.contains("Exception")) {
                problems.add(damage + ": a stack trace: " + output.lines().limit(3).toList());
            } else if (run.exitCode() == 0) {
                read++;
            } else if (run.exitCode() == 3) {
                refused++;
                if (!FileStates.database(db).equals(before)) {
                    problems.add(damage + ": refused but changed: " + run.err().lines().findFirst().orElse(""));
                }
                if (!run.err().contains(db.toString())) {
                    problems.add(damage + ": the message does not name the file: " + run.err());
                }
            } else {
                problems.add(damage + ": exit " + run.exitCode() + ": " + run.err());
            }
        }
        assertThat(problems).as("%d damaged databases", STORES).isEmpty();
        System.out.printf("DamagedStoreFuzzTest: %d damaged databases (seed %d): read %d, refused unchanged %d%n",
                STORES, SEED, read, refused);
    }

    /** Writes a damaged copy of {@code good} at {@code db}; returns what was done, for the messages. */
    private static String damage(byte[] good, Path db, Path otherDb, Random random) throws Exception {
        byte[] copy = good.clone();
        int pageSize = ((copy[16] & 0xFF) << 8 | (copy[17] & 0xFF)) == 1 ? 65536 : (copy[16] & 0xFF) << 8 | (copy[17] & 0xFF);
        String done;
        switch (random.nextInt(9)) {
            case 0 -> {
                int count = 1 + random.nextInt(16);
                for (int k = 0; k < count; k++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                done = count + " bits flipped";
            }
            case 1 -> {
                int length = random.nextInt(copy.length);
                copy = Arrays.copyOf(copy, length);
                done = "cut to " + length + " bytes";
            }
            case 2 -> {
                int page = 1 + random.nextInt(Math.max(1, copy.length / pageSize - 1));
                Arrays.fill(copy, page * pageSize, Math.min(copy.length, (page + 1) * pageSize), (byte) 0);
                done = "page " + page + " zeroed";
            }
            case 3 -> {
                byte[] garbage = new byte[1 + random.nextInt(8192)];
                random.nextBytes(garbage);
                copy = concat(copy, garbage);
                done = garbage.length + " bytes of garbage appended";
            }
            case 4 -> {
                int version = random.nextBoolean() ? -1 : 1_000 + random.nextInt(1000);
                ByteBuffer.wrap(copy).putInt(60, version);
                done = "schema version set to " + version;
            }
            case 5 -> {
                ByteBuffer.wrap(copy).putInt(68, random.nextInt());
                done = "application id overwritten";
            }
            case 6 -> {
                Files.write(Path.of(db + "-wal"), walOf(otherDb));
                done = "a log from another database beside it";
            }
            case 7 -> {
                byte[] noise = new byte[32 + random.nextInt(4096)];
                random.nextBytes(noise);
                Files.write(Path.of(db + "-wal"), noise);
                done = "a log of noise beside it";
            }
            default -> {
                int at = 100 + random.nextInt(copy.length - 100);
                Arrays.fill(copy, at, Math.min(copy.length, at + 1 + random.nextInt(512)), (byte) 0xFF);
                done = "a run of 0xFF at byte " + at;
            }
        }
        Files.write(db, copy);
        return done;
    }

    /** A real write-ahead log of another database: written by a connection, copied before it closes. */
    private static byte[] walOf(Path otherDb) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + otherDb);
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA wal_autocheckpoint=0");
            statement.execute("CREATE TABLE IF NOT EXISTS stray (x TEXT)");
            statement.execute("INSERT INTO stray VALUES ('from another database')");
            Path wal = Path.of(otherDb + "-wal");
            return Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

}
