package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.FileStates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, fed command lines a hostile or clumsy user might type and files of every kind
 * (valid, damaged, empty, huge, not regular, the database itself): the outcome is always an exit
 * code from 0 to 3 and a message without a stack trace, and a refused command leaves the database
 * byte for byte as it was. The count is bounded for the build; {@code -Dcounteroffer.fuzz.lines=N}
 * and {@code -Dcounteroffer.fuzz.seed=S} rerun it as the reliability probe (see docs/reliability.md).
 */
class CommandFuzzTest {

    private static final int LINES = Integer.getInteger("counteroffer.fuzz.lines", 160);
    private static final long SEED = Long.getLong("counteroffer.fuzz.seed", 20261202L);
    /** Devices and a named pipe among the files (false only to look at the rest while they still hang). */
    private static final boolean SPECIAL_FILES = !Boolean.getBoolean("counteroffer.fuzz.noSpecialFiles");
    private static final Path SAMPLES = Path.of("assets/sample-offers");

    @TempDir
    Path folder;

    private Random random;
    private Path db;
    private final List<Path> files = new ArrayList<>();
    private final List<Path> outputs = new ArrayList<>();

    @Test
    void noCommandLineEndsInAStackTraceOrChangesTheDatabaseWhenRefused() throws Exception {
        random = new Random(SEED);
        db = folder.resolve("data").resolve("counteroffer.db");
        Files.createDirectories(db.getParent());
        for (String sample : List.of("sample-bigtech-amazon.json", "sample-ai-startup.json", "sample-current-job.json")) {
            assertThat(CliRun.of("offers", "add", "--file", SAMPLES.resolve(sample).toString(), "--db", db.toString())
                    .exitCode()).isZero();
        }
        prepareFiles();
        int[] outcomes = new int[5];
        List<String> problems = new ArrayList<>();
        String before = FileStates.database(db);
        for (int line = 0; line < LINES; line++) {
            List<String> args = commandLine();
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String described = String.join(" ", args.stream().map(CommandFuzzTest::shown).toList());
            String output = run.err() + run.out();
            String after = FileStates.database(db);
            if (run.exitCode() < 0 || run.exitCode() > 3) {
                problems.add("exit " + run.exitCode() + ": " + described + "\n    " + firstLines(run.err()));
            } else if (output.contains("\tat ") || output.contains("Exception:") || output.contains("Error:")) {
                problems.add("stack trace: " + described + "\n    " + firstLines(output));
            } else if (!stillADatabase()) {
                problems.add("database destroyed: " + described + "\n    " + firstLines(output));
                break;
            } else if (run.exitCode() != 0 && !after.equals(before)) {
                problems.add("database changed by a refused command: " + described + "\n    " + firstLines(run.err()));
            }
            before = after;
            outcomes[Math.min(Math.max(run.exitCode(), 0), 4)]++;
        }
        assertThat(problems).as("%d of %d command lines went wrong", problems.size(), LINES).isEmpty();
        assertThat(CliRun.of("offers", "list", "--db", db.toString()).exitCode()).as("still usable").isZero();
        System.out.printf("CommandFuzzTest: %d command lines (seed %d): exit 0: %d, 1: %d, 2: %d, 3: %d%n", LINES, SEED,
                outcomes[0], outcomes[1], outcomes[2], outcomes[3]);
    }

    /** The file is still a SQLite database under its name (not replaced by an export or a report). */
    private boolean stillADatabase() throws IOException {
        if (!Files.isRegularFile(db)) {
            return false;
        }
        byte[] header = new byte[16];
        try (var in = Files.newInputStream(db)) {
            return in.readNBytes(header, 0, 16) == 16
                    && new String(header, StandardCharsets.ISO_8859_1).equals("SQLite format 3\u0000");
        }
    }


    private void prepareFiles() throws IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        String offer = Files.readString(SAMPLES.resolve("sample-bigtech-amazon.json"));
        files.add(SAMPLES.resolve("sample-ai-startup.json"));
        files.add(write(in.resolve("offer.json"), offer));
        files.add(write(in.resolve("truncated.json"), offer.substring(0, offer.length() / 2)));
        files.add(write(in.resolve("empty.json"), ""));
        files.add(write(in.resolve("bom.json"), "\uFEFF" + offer));
        files.add(write(in.resolve("nul.json"), offer.replace("Northwind", "North\u0000wind")));
        files.add(write(in.resolve("huge-name.json"), offer.replace("Northwind Cloud", "N".repeat(20_000))));
        files.add(write(in.resolve("offers.csv"), "company,base,level\nGood Co,200000,senior\nBetter Co,240000,senior\n"));
        files.add(write(in.resolve("bad.csv"), "company,base,level\nAcme,abc,staff\n\"unclosed,1,2\n"));
        files.add(write(in.resolve("spaces.csv"), "company,base,level\n  Lead Space,200000,senior\n"));
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        Path binary = in.resolve("noise.bin");
        Files.write(binary, noise);
        files.add(binary);
        Path empty = in.resolve("empty.db");
        Files.createFile(empty);
        files.add(empty);
        files.add(write(in.resolve("blank.db"), "SQLite format 3\u0000"));
        files.add(in);
        files.add(in.resolve("missing.json"));
        files.add(db);
        files.add(Path.of(db + "-wal"));
        files.add(db.resolveSibling("backups"));
        files.add(db.resolveSibling("settings.properties"));
        if (Files.exists(Path.of("/dev/null")) && SPECIAL_FILES) {
            files.add(Path.of("/dev/null"));
            files.add(Path.of("/dev/zero"));
        }
        try {
            if (!SPECIAL_FILES) {
                throw new IOException("special files left out");
            }
            Path fifo = in.resolve("pipe");
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                files.add(fifo);
            }
        } catch (IOException | InterruptedException e) {
            // No mkfifo here: the other kinds of file still run.
        }
        Path out = Files.createDirectories(folder.resolve("out"));
        outputs.add(out.resolve("export.json"));
        outputs.add(out.resolve("export.csv"));
        outputs.add(out.resolve("report.pdf"));
        outputs.add(out.resolve("no-such-folder").resolve("x.json"));
        outputs.add(out);
        outputs.add(db);
        outputs.add(Path.of(db + "-wal"));
        outputs.add(db.resolveSibling("backups").resolve("x.db"));
        outputs.add(db.resolveSibling("settings.properties"));
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> commandLine() {
        List<String> args = new ArrayList<>();
        switch (random.nextInt(14)) {
            case 0 -> args.add("info");
            case 1 -> {
                args.add("backup");
                maybe(args, "--out", this::output);
            }
            case 2 -> {
                args.add("restore");
                args.add(file());
            }
            case 3 -> {
                args.add("export");
                args.add(output());
                maybe(args, "--format", () -> pick("csv", "json", "xml", ""));
            }
            case 4 -> {
                args.add("import");
                args.add(file());
                maybe(args, "--duplicates", () -> pick("skip", "replace", "keep-both", "all"));
            }
            case 5 -> {
                args.add("position");
                maybe(args, "--level", () -> pick("entry", "mid", "senior", "principal", "staff", ""));
                maybe(args, "--base", this::amount);
                maybe(args, "--tc", this::amount);
                maybe(args, "--location", () -> pick("sf", "seattle", "remote", "mars"));
                maybe(args, "--skill", () -> pick("kubernetes", "cobol", text()));
            }
            case 6 -> args.addAll(List.of("offers", "list"));
            case 7 -> args.addAll(List.of("offers", "show", id()));
            case 8 -> args.addAll(List.of("offers", "add", "--file", file()));
            case 9 -> {
                args.add("projection");
                if (random.nextBoolean()) {
                    args.addAll(List.of("--offer", id()));
                } else {
                    args.addAll(List.of("--file", file()));
                }
                maybe(args, "--years", this::number);
                maybe(args, "--growth", this::percent);
            }
            case 10 -> {
                args.add("compare");
                maybe(args, "--offers", () -> pick("1,2", "1,2,3", "1", "1,1", "1,99", "a,b", ""));
                maybe(args, "--years", this::number);
                maybe(args, "--growth", this::percent);
                maybe(args, "--leave-at", this::number);
                if (random.nextBoolean()) {
                    args.add("--after-tax");
                    maybe(args, "--state", () -> pick("CA", "NY", "WA", "ZZ", ""));
                    maybe(args, "--filing", () -> pick("single", "mfj", "hoh", "couple"));
                }
            }
            case 11 -> {
                args.add("take-home");
                maybe(args, "--wages", this::amount);
                maybe(args, "--state", () -> pick("CA", "NY", "MD", "OTHER", "zz"));
                maybe(args, "--filing", () -> pick("single", "mfj", "hoh", ""));
                maybe(args, "--md-county-rate", this::percent);
                maybe(args, "--k401", this::amount);
                maybe(args, "--spouse-wages", this::amount);
                maybe(args, "--supplemental", this::amount);
                maybe(args, "--prior-year-tax", this::amount);
                if (random.nextInt(4) == 0) {
                    args.add("--prior-year-agi-over-150k");
                }
            }
            case 12 -> {
                args.add("negotiate");
                maybe(args, "--offer", this::id);
                maybe(args, "--target-position", this::percent);
                maybe(args, "--anchor-margin", this::percent);
                maybe(args, "--walk-away", this::amount);
                maybe(args, "--script", () -> pick("email-warm", "call-direct", "sms"));
                maybe(args, "--name", this::text);
            }
            default -> {
                args.add("report");
                maybe(args, "--out", this::output);
                maybe(args, "--paper", () -> pick("a4", "letter", "a0"));
            }
        }
        if (random.nextInt(8) == 0) {
            args.add(pick("--json", "--bogus", "extra", "--client", "-"));
        } else if (random.nextInt(3) == 0) {
            args.add("--json");
        }
        if (random.nextInt(10) == 0) {
            args.addAll(List.of("--client", pick("Me", "Nobody", text())));
        }
        args.addAll(List.of("--db", db.toString()));
        return args;
    }

    private void maybe(List<String> args, String option, Supplier<String> value) {
        if (random.nextInt(4) != 0) {
            args.add(option);
            args.add(value.get());
        }
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String file() {
        return files.get(random.nextInt(files.size())).toString();
    }

    private String output() {
        return outputs.get(random.nextInt(outputs.size())).toString();
    }

    private String id() {
        return pick("1", "2", "3", "0", "-1", "99", "abc", "9999999999999999999999");
    }

    private String number() {
        return pick("1", "4", "10", "11", "0", "-3", "2.5", "x", "");
    }

    private String amount() {
        return pick("200000", "$185,000", "185k", "1.2m", "0", "-5", "1e309", "99999999999999999999", "lots", "");
    }

    private String percent() {
        return pick("15", "15%", "15 %", "-30", "0.15", "300", "301", "-96", "NaN", "fast", "");
    }

    private String text() {
        return pick("Ada", "", " ", "\u202Eevil", "x".repeat(5000), "Ren\u00e9e \"R\" O'Neil", "a\tb", "\uD800");
    }

    private static String firstLines(String text) {
        return text.lines().limit(3).reduce((a, b) -> a + "\n    " + b).orElse("");
    }

    private static String shown(String arg) {
        return arg.length() > 60 ? arg.substring(0, 57) + "…(" + arg.length() + " chars)" : arg;
    }
}
