package com.counteroffer.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The one way Counteroffer writes a file the user sees: whole or not at all, readable by its owner
 * only (mode 600 where the file system has POSIX permissions) from its first byte. The bytes go to a
 * new file beside the target, created exclusively under an unpredictable name (so nothing planted
 * there, a symbolic link included, can catch them), and that file is then renamed over the target.
 */
public final class AtomicFiles {

    /** Writes a file's bytes to the stream it is given; the stream must not be closed by it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_ATTEMPTS = 100;
    /** CREATE_NEW is O_CREAT|O_EXCL: it fails on anything already there, a link included, and never follows one. */
    private static final Set<OpenOption> CREATE_EXCLUSIVELY = Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);

    private AtomicFiles() {
    }

    /** Writes UTF-8 text to {@code target}, replacing a file there only once the new one is complete. */
    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} produces to {@code target}, replacing a file there only once the
     * new one is complete. When {@code content} throws (an error, a cancel), nothing is left behind
     * and {@code target} is untouched; the exception is passed on.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new IOException(target + " has no folder to write in");
        }
        String prefix = "." + absolute.getFileName() + ".";
        for (int attempt = 0; ; attempt++) {
            Path partial = folder.resolve(prefix + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".partial");
            FileChannel channel;
            try {
                channel = FileChannel.open(partial, CREATE_EXCLUSIVELY, ownerOnly());
            } catch (FileAlreadyExistsException e) {
                if (attempt < NAME_ATTEMPTS) {
                    continue;
                }
                throw e;
            }
            writeAndMove(channel, partial, absolute, content);
            return;
        }
    }

    private static void writeAndMove(FileChannel channel, Path partial, Path target, Content content)
            throws IOException {
        try {
            try (channel; OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true); // on disk before it takes the name, so a power cut can't leave it empty
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
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
