package com.counteroffer.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates folders and files readable by their owner only, where the file system has POSIX
 * permissions: folders rwx------, files rw------- from their first byte (Java has no umask to set,
 * so every file is created with its mode rather than changed afterwards).
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /** Creates the folder and any missing parents rwx------; folders already there keep their mode. */
    public static void createFolders(Path folder) throws IOException {
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    public static void createFile(Path file) throws IOException {
        Files.createFile(file, fileAttributes());
    }

    /**
     * Opens {@code file} for appending, creating it rw------- when missing; a symbolic link there is
     * refused rather than followed.
     */
    public static FileChannel openForAppend(Path file) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        return FileChannel.open(file, options, fileAttributes());
    }

    /** Copies {@code source} to {@code target}, which must not exist yet; the copy is rw------- whatever the source's mode. */
    public static void copyNew(Path source, Path target) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try (InputStream in = Files.newInputStream(source);
             FileChannel channel = FileChannel.open(target, options, fileAttributes());
             OutputStream out = Channels.newOutputStream(channel)) {
            in.transferTo(out);
            channel.force(true);
        }
    }

    /**
     * Takes away every permission but the owner's from one of Counteroffer's own files or folders
     * (one an earlier version made with the default mode). Never for a folder the user chose.
     */
    public static void restrict(Path path) throws IOException {
        if (POSIX && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }

    /**
     * An empty file of a new name (never an existing one) in the folder, for a file that takes its real
     * name only once it is whole; the name ends in {@code .partial}, which no reader mistakes for a result.
     */
    static Path createPartial(Path folder, String prefix) throws IOException {
        return Files.createTempFile(folder, prefix, ".partial", fileAttributes());
    }

    /** Flushes the file to the disk and gives it its name; then flushes the folder so the name survives a power cut. */
    static void moveIntoPlace(Path partial, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
        if (POSIX) {
            try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
                folder.force(true);
            } catch (IOException e) {
                // Some file systems can't flush a folder; the file itself is on disk.
            }
        }
    }

    static FileAttribute<?>[] fileAttributes() {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}
