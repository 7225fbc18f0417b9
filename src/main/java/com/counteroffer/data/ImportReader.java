package com.counteroffer.data;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.OfferFormatException;

import com.counteroffer.domain.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.counteroffer.domain.input.UnreadableFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads a file to import, whatever it is: a {@code counteroffer.export/2} (or {@code /1}) JSON file (whole clients),
 * a {@code counteroffer.offer/2} (or {@code /1}) JSON file (one offer) or a CSV file of offers. The whole file is
 * checked before anything is imported: it is either fully usable or refused with every problem.
 */
public final class ImportReader {

    /** How a message names what an import expects. */
    private static final String WHAT = "a CSV or JSON file to import";
    /**
     * Values a JSON import may hold: a 20 MB export of offers holds under a million (about one per 25
     * bytes). Checked before the file is parsed into memory, since a file of nothing but empty objects
     * would otherwise take gigabytes there.
     */
    static final long MAX_JSON_VALUES = 2_000_000;

    private ImportReader() {
    }

    /**
     * Reads the file at {@code file} (named by its file name in messages), as {@link InputFiles} reads
     * every file the user names.
     *
     * @throws ImportException also for a file that is missing, a folder, a pipe or device, too large or not UTF-8
     */
    public static ImportBatch read(Path file, ProgressListener progress, BooleanSupplier cancelled) {
        String text;
        try {
            text = InputFiles.readText(file, InputFiles.IMPORT_MAX_BYTES, WHAT);
        } catch (UnreadableFileException e) {
            throw fileProblem(e.origin(), e.problem());
        }
        return read(text, file.getFileName() == null ? file.toString() : file.getFileName().toString(), progress,
                cancelled);
    }

    /**
     * @param origin how to name the file in messages
     * @param cancelled asked as reading goes; when true, reading stops with a CancellationException
     * @throws ImportException listing every problem found; nothing may be imported then
     */
    public static ImportBatch read(byte[] bytes, String origin, ProgressListener progress, BooleanSupplier cancelled) {
        if (bytes.length > InputFiles.IMPORT_MAX_BYTES) {
            throw fileProblem(origin, "the file is " + InputFiles.size(bytes.length) + "; " + WHAT
                    + " can be at most " + InputFiles.IMPORT_MAX_BYTES / (1024 * 1024) + " MB. Split it into smaller files");
        }
        String text;
        try {
            text = InputFiles.decode(bytes, origin, WHAT);
        } catch (UnreadableFileException e) {
            throw fileProblem(origin, e.problem());
        }
        return read(text, origin, progress, cancelled);
    }

    private static ImportBatch read(String text, String origin, ProgressListener progress, BooleanSupplier cancelled) {
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
        if (StrictJson.values(text, MAX_JSON_VALUES) > MAX_JSON_VALUES) {
            throw fileProblem(origin, String.format(java.util.Locale.US, "the file holds more than %,d JSON values; "
                    + "an export of 20,000 offers holds under a million. Split it into smaller files", MAX_JSON_VALUES));
        }
        JsonNode root;
        try {
            root = StrictJson.object(text, origin, OfferFormatException::new);
        } catch (OfferFormatException e) {
            throw new ImportException(origin, ImportProblem.ofOffer("file", e));
        }
        JsonNode format = root.get("format");
        String name = format != null && format.isTextual() ? format.asText() : null;
        if (OfferJson.reads(name)) {
            try {
                return new ImportBatch(origin, name,
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
                + "\" is read too) or \"" + OfferJson.FORMAT + "\" (one offer; \"" + OfferJson.FORMAT_1
                + "\" is read too)")));
    }

    private static ImportException fileProblem(String origin, String reason) {
        return new ImportException(origin, List.of(new ImportProblem("file", "", reason)));
    }
}
