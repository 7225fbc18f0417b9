package com.counteroffer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: a failed write never leaves half a file under the user's name.
 * The file is readable by its owner only (mode 600 where the file system has POSIX permissions),
 * like the database: exports hold the same private figures.
 */
public final class AtomicFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFiles() {
    }

    /**
     * Writes UTF-8 text beside {@code target}, then moves it into place (replacing a file there).
     * The file beside it is created owner-only, so no byte of it is ever readable by others.
     */
    public static void writeString(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".partial",
                ownerOnly());
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true); // on disk before it takes the name, so a power cut can't leave it empty
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** rw------- where POSIX permissions exist; nothing to ask for elsewhere (Windows keeps the folder's ACL). */
    private static FileAttribute<?>[] ownerOnly() {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}
