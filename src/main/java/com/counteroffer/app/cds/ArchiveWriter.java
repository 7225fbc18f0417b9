package com.counteroffer.app.cds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ArchiveWriter ARCHIVE MARKER LOCK STAMP CLASSES}: the background rewrite. A JVM with
 * {@code -XX:ArchiveClassesAtExit} writes the archive only as it exits, so this process runs that dump
 * ({@link LoadClasses}) into a temporary file, then moves it into place atomically (a starting launcher never
 * maps half a file) and only then writes the marker: a dump that dies leaves no "done", and is retried.
 * The lock taken by {@link ArchiveRefresh} is released at the end in any case.
 */
public final class ArchiveWriter {

    static final long DUMP_MINUTES = 3;

    private ArchiveWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        Path lock = Path.of(args[2]);
        Path temp = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Process dump = new ProcessBuilder(dumpCommand(temp, args[4]))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!dump.waitFor(DUMP_MINUTES, TimeUnit.MINUTES)) {
                dump.destroyForcibly().waitFor();
                return;
            }
            if (dump.exitValue() == 0 && mapsCleanly(temp, args[4])) {
                install(temp, archive, marker, args[3]);
            }
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(lock);
        }
    }

    /** The dumping JVM: this runtime and class path, quiet, loading the listed classes. */
    static List<String> dumpCommand(Path temp, String classes) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-XX:ArchiveClassesAtExit=" + temp);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LoadClasses.class.getName());
        command.add(classes);
        return command;
    }

    /**
     * Java 17 crashes (SIGBUS) on a truncated archive instead of skipping it, so a written archive is first
     * mapped by a throwaway run that must map it ({@code -Xshare:on}) before any launcher may see it.
     */
    static boolean mapsCleanly(Path temp, String classes) throws Exception {
        if (!Files.isRegularFile(temp)) {
            return false;
        }
        Process check = new ProcessBuilder(checkCommand(temp, classes))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!check.waitFor(DUMP_MINUTES, TimeUnit.MINUTES)) {
            check.destroyForcibly().waitFor();
            return false;
        }
        return check.exitValue() == 0;
    }

    static List<String> checkCommand(Path temp, String classes) {
        List<String> command = dumpCommand(temp, classes);
        command.set(1, "-XX:SharedArchiveFile=" + temp);
        command.add(2, "-Xshare:on");
        return command;
    }

    /**
     * Moves a written archive into place and then records the stamp; does nothing when the dump left no
     * archive (the marker stays as it was, so the next run tries again).
     */
    static boolean install(Path temp, Path archive, Path marker, String stamp) throws IOException {
        if (!Files.isRegularFile(temp) || Files.size(temp) == 0) {
            return false;
        }
        Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path markerTemp = marker.resolveSibling(marker.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(markerTemp, stamp + "\n", StandardCharsets.UTF_8);
        Files.move(markerTemp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
