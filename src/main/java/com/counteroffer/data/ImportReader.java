package com.counteroffer.data;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.OfferFormatException;

import com.counteroffer.domain.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads a file to import, whatever it is: a {@code counteroffer.export/2} (or {@code /1}) JSON file (whole clients),
 * a {@code counteroffer.offer/1} JSON file (one offer) or a CSV file of offers. The whole file is
 * checked before anything is imported: it is either fully usable or refused with every problem.
 */
public final class ImportReader {

    /** Far above 20,000 offers as CSV (about 10 MB); a larger file is not an offer export. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private ImportReader() {
    }

    /**
     * Reads the file at {@code file} (named by its file name in messages).
     *
     * @throws ImportException also for a file that is missing, a folder, too large or unreadable
     */
    public static ImportBatch read(Path file, ProgressListener progress, BooleanSupplier cancelled) {
        String origin = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw fileProblem(origin, file + " is a folder; choose a CSV or JSON file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw fileProblem(origin, "the file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; split it into smaller files");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(origin, "there is no file " + file + "; check the name and folder");
        } catch (IOException e) {
            throw fileProblem(origin, "cannot be read: " + e.getMessage());
        }
        return read(bytes, origin, progress, cancelled);
    }

    /**
     * @param origin how to name the file in messages
     * @param cancelled asked as reading goes; when true, reading stops with a CancellationException
     * @throws ImportException listing every problem found; nothing may be imported then
     */
    public static ImportBatch read(byte[] bytes, String origin, ProgressListener progress, BooleanSupplier cancelled) {
        if (bytes.length > MAX_BYTES) {
            throw fileProblem(origin, "the file is " + bytes.length / (1024 * 1024) + " MB; an import file can be at most "
                    + MAX_BYTES / (1024 * 1024) + " MB. Split it into smaller files");
        }
        String text = decode(bytes, origin);
        if (text.indexOf('\0') >= 0) {
            throw fileProblem(origin, "this is not a text file; import a CSV or JSON file exported from "
                    + "Counteroffer or a spreadsheet");
        }
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw fileProblem(origin, "the file is empty");
        }
        progress.progress(0, "Reading " + origin);
        if (trimmed.startsWith("[")) {
            throw fileProblem(origin, "a JSON list at the top; import a " + ExportJson.FORMAT + " file "
                    + "({\"format\": \"" + ExportJson.FORMAT + "\", \"clients\": [ … ]}) or one offer file");
        }
        if (trimmed.startsWith("{")) {
            return json(text, origin, progress, cancelled);
        }
        return new ImportBatch(origin, "CSV of offers", OfferCsv.read(text, origin, progress, cancelled));
    }

    private static ImportBatch json(String text, String origin, ProgressListener progress, BooleanSupplier cancelled) {
        JsonNode root;
        try {
            root = StrictJson.object(text, origin, OfferFormatException::new);
        } catch (OfferFormatException e) {
            throw new ImportException(origin, ImportProblem.ofOffer("file", e));
        }
        JsonNode format = root.get("format");
        String name = format != null && format.isTextual() ? format.asText() : null;
        if (OfferJson.FORMAT.equals(name)) {
            try {
                return new ImportBatch(origin, OfferJson.FORMAT,
                        List.of(new ClientBundle(null, List.of(OfferJson.fromTree(root, origin)), List.of())));
            } catch (OfferFormatException e) {
                throw new ImportException(origin, ImportProblem.ofOffer("offer", e));
            }
        }
        if (ExportJson.FORMAT.equals(name) || ExportJson.FORMAT_1.equals(name)) {
            return new ImportBatch(origin, name, ExportJson.read(root, origin, progress, cancelled));
        }
        throw new ImportException(origin, List.of(new ImportProblem("file", "format", (format == null
                ? "missing" : FieldChecks.shown(format) + " is not a format this version reads")
                + "; expected \"" + ExportJson.FORMAT + "\" (clients; \"" + ExportJson.FORMAT_1
                + "\" is read too) or \"" + OfferJson.FORMAT + "\" (one offer)")));
    }

    /** UTF-8 (with or without a byte order mark); anything else is refused with how to fix it. */
    private static String decode(byte[] bytes, String origin) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw fileProblem(origin, "the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: "
                    + "\"CSV UTF-8\") and import it again");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (MalformedInputException e) {
            throw fileProblem(origin, "the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: "
                    + "\"CSV UTF-8\") and import it again");
        } catch (CharacterCodingException e) {
            throw fileProblem(origin, "the file is not UTF-8 text: " + e.getMessage());
        }
    }

    private static ImportException fileProblem(String origin, String reason) {
        return new ImportException(origin, List.of(new ImportProblem("file", "", reason)));
    }
}
