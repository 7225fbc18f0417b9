package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads a file the user names reads it the same way: only a regular file, never
 * a pipe or a device (which would block or never end), at most a stated size, UTF-8 with or without
 * a byte order mark, and malformed bytes named by their offset. Always exit code 2 with a message.
 */
class UserFilesCommandTest {

    private static final Path SAMPLE = Path.of("assets/sample-offers/sample-bigtech-amazon.json");

    @TempDir
    Path folder;

    /** The commands that read a user's file, each with the file put last. */
    private static List<List<String>> readers() {
        return List.of(List.of("offers", "add", "--file"), List.of("projection", "--file"), List.of("import"));
    }

    /** Runs {@code command} on {@code file}, each command on a database of its own. */
    private CliRun run(List<String> command, Path file) {
        List<String> args = new java.util.ArrayList<>(command);
        args.add(file.toString());
        args.add("--db");
        args.add(folder.resolve(command.get(0) + ".db").toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a reader stuck on the pipe would hang
    void aPipeIsRefusedByEveryCommandWithoutWaitingForAWriter() throws Exception {
        Path fifo = fifo("offer.json");
        for (List<String> command : readers()) {
            CliRun run = run(command, fifo);

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(command.toString()).contains("not a regular file").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeviceThatNeverEndsIsRefusedByEveryCommandBeforeAnythingIsRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        for (List<String> command : readers()) {
            CliRun run = run(command, zero);

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(command.toString()).contains("not a regular file").doesNotContain("\tat ");
        }
    }

    @Test
    void aFolderIsRefusedByEveryCommandSayingSo() {
        for (List<String> command : readers()) {
            CliRun run = run(command, folder);

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(command.toString()).contains("is a folder");
        }
    }

    @Test
    void anOfferFileOverItsCapIsRefusedNamingTheCapAndTheSizeFound() throws IOException {
        Path big = sparse("big.json", 3L * 1024 * 1024);
        for (List<String> command : List.of(List.of("offers", "add", "--file"), List.of("projection", "--file"))) {
            CliRun run = run(command, big);

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(command.toString()).contains("3.0 MB").contains("at most 1 MB");
        }
    }

    @Test
    void anImportFileOverTwentyMegabytesIsRefusedNamingTheCapAndTheSizeFound() throws IOException {
        CliRun run = run(List.of("import"), sparse("big.csv", 21L * 1024 * 1024));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("21.0 MB").contains("at most 20 MB");
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedByEveryCommandAlike() throws IOException {
        Path marked = folder.resolve("marked.json");
        byte[] text = Files.readAllBytes(SAMPLE);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(marked, bytes);

        for (List<String> command : readers()) {
            CliRun run = run(command, marked);

            assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
        }
    }

    @Test
    void malformedUtf8IsRefusedByEveryCommandWithTheByteOffset() throws IOException {
        Path broken = folder.resolve("broken.json");
        String text = Files.readString(SAMPLE);
        int at = text.indexOf("Northwind");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[at] = (byte) 0xE9; // "é" in Latin-1: not UTF-8 before "orthwind"
        Files.write(broken, bytes);

        for (List<String> command : readers()) {
            CliRun run = run(command, broken);

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(command.toString()).contains("not UTF-8").contains("byte offset " + at)
                    .contains("0xE9");
        }
    }

    @Test
    void utf16IsRefusedByEveryCommandAlike() throws IOException {
        Path wide = folder.resolve("wide.json");
        Files.write(wide, Files.readString(SAMPLE).getBytes(StandardCharsets.UTF_16));

        for (List<String> command : readers()) {
            CliRun run = run(command, wide);

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(command.toString()).contains("UTF-16").contains("save it as UTF-8");
        }
    }

    private Path fifo(String name) throws Exception {
        Path fifo = folder.resolve(name);
        Process made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "needs mkfifo");
            throw e;
        }
        assumeTrue(made.waitFor(10, TimeUnit.SECONDS) && made.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    /** A file of {@code size} bytes that takes no room on disk. */
    private Path sparse(String name, long size) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
        return file;
    }
}
