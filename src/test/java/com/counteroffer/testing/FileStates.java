package com.counteroffer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What is on disk under a folder, to compare before and after, and who may read it. */
public final class FileStates {

    private FileStates() {
    }

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Every entry under {@code folder} (links not followed): a file's SHA-256, a link's target, "folder"
     * for a folder. Equal snapshots mean nothing there was created, changed or removed.
     */
    public static Map<String, String> snapshot(Path folder) {
        Map<String, String> states = new TreeMap<>();
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = folder.relativize(entry).toString();
                if (Files.isSymbolicLink(entry)) {
                    states.put(name, "link to " + Files.readSymbolicLink(entry));
                } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    states.put(name, "folder");
                } else {
                    states.put(name, sha256(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return states;
    }

    /** A database file with its -wal and -shm as one value: equal values mean not a byte changed. */
    public static String database(Path db) {
        StringBuilder state = new StringBuilder();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path file = Path.of(db + suffix);
            state.append(suffix).append(':').append(Files.exists(file) ? sha256(file) : "absent").append(' ');
        }
        return state.toString();
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Each folder and file under {@code root} (itself included) whose mode is not owner-only
     * (rwx------ for a folder, rw------- for a file), with its mode; empty when all are.
     */
    public static Map<String, String> notOwnerOnly(Path root) {
        Map<String, String> wrong = new TreeMap<>();
        try (Stream<Path> entries = Files.walk(root)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.isSymbolicLink(entry)) {
                    continue;
                }
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(entry, LinkOption.NOFOLLOW_LINKS));
                String expected = Files.isDirectory(entry) ? "rwx------" : "rw-------";
                if (!mode.equals(expected)) {
                    wrong.put(root.relativize(entry).toString(), mode);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wrong;
    }

    /** The mode of one file, e.g. rw-------. */
    public static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
