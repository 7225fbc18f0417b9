package com.counteroffer.data;

import com.counteroffer.domain.input.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way a file the user names is read, by every command and screen: a regular file only (a
 * pipe would block and a device may never end, so neither is opened), no larger than the cap for its
 * kind, and UTF-8 text, with a byte order mark or without. Anything else is refused with a message
 * that says what was found and what to do.
 */
public final class InputFiles {

    private static final long MB = 1024 * 1024;

    /** Far above 20,000 offers as CSV (about 10 MB). */
    public static final long IMPORT_MAX_BYTES = 20 * MB;
    /** An offer file is a few kilobytes. */
    public static final long OFFER_MAX_BYTES = MB;
    /** The built-in market dataset is 12 KB. */
    public static final long DATASET_MAX_BYTES = MB;
    /** A script template is a page of text. */
    public static final long TEMPLATE_MAX_BYTES = 64 * 1024;

    private InputFiles() {
    }

    /**
     * The text of {@code file}, decoded once.
     *
     * @param what the kind of file expected, as a message names it: "a CSV or JSON file"
     * @throws UnreadableFileException naming the file, with what is wrong and what to do
     */
    public static String readText(Path file, long maxBytes, String what) {
        String origin = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return decode(readBytes(file, origin, maxBytes, what), origin, what);
    }

    private static byte[] readBytes(Path file, String origin, long maxBytes, String what) {
        try {
            // The link, if any, is followed once here; the file it names is then checked and opened
            // without following links again, so what is checked is what is read.
            Path real = file.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                throw new UnreadableFileException(origin, file + " is a folder; choose " + what);
            }
            if (!attributes.isRegularFile()) {
                throw new UnreadableFileException(origin, file + " is not a regular file (it is a pipe, device or "
                        + "socket), so it is not read; choose " + what + " saved on disk");
            }
            if (attributes.size() > maxBytes) {
                throw tooLarge(origin, attributes.size(), maxBytes, what);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                throw tooLarge(origin, bytes.length, maxBytes, what); // it grew while being read
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(origin, "there is no file " + file + "; check the name and folder");
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(origin, file + " cannot be read: permission denied; choose a file "
                    + "you may read, or change its permissions");
        } catch (IOException e) {
            throw new UnreadableFileException(origin, file + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Bytes as UTF-8 text: a UTF-8 byte order mark is dropped; UTF-16 or UTF-32, NUL bytes and bytes
     * that are not UTF-8 are refused, naming the byte offset. Nothing is ever replaced by "?".
     *
     * @throws UnreadableFileException naming {@code origin}
     */
    public static String decode(byte[] bytes, String origin, String what) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new UnreadableFileException(origin, "the file is " + (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)
                    || startsWith(bytes, 0x00, 0x00) ? "UTF-32" : "UTF-16") + " text; save it as UTF-8 (in a "
                    + "spreadsheet: \"CSV UTF-8\") and try again");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFileException(origin, "a NUL byte at byte offset " + i + " (line " + line(bytes, i)
                        + "): this is not a text file, or it is UTF-16 without a byte order mark; choose " + what
                        + " saved as UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new UnreadableFileException(origin, "the file is not UTF-8 text: the byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + " at byte offset " + at + " (line "
                    + line(bytes, at) + ") is not valid UTF-8; save it as UTF-8 (in a spreadsheet: "
                    + "\"CSV UTF-8\") and try again");
        }
        return out.flip().toString();
    }

    private static UnreadableFileException tooLarge(String origin, long size, long maxBytes, String what) {
        return new UnreadableFileException(origin, "the file is " + size(size) + "; " + what + " can be at most "
                + size(maxBytes).replace(".0 ", " ") + ". Choose the right file, or split it into smaller ones");
    }

    /** "21.0 MB", "100 KB", "512 bytes". */
    static String size(long bytes) {
        if (bytes >= MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
