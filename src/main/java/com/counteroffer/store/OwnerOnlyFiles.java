package com.counteroffer.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates folders and files readable by their owner only, where the file system has POSIX permissions. */
final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    static void createFolders(Path folder) throws IOException {
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    static void createFile(Path file) throws IOException {
        Files.createFile(file, fileAttributes());
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

    private static FileAttribute<?>[] fileAttributes() {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}
