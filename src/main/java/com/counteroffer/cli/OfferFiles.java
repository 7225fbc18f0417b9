package com.counteroffer.cli;

import com.counteroffer.data.OfferFormatException;
import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.offer.Offer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an offer file given on the command line; every problem becomes exit code 2 with its field. */
final class OfferFiles {

    static final long MAX_BYTES = 1024 * 1024;

    private OfferFiles() {
    }

    static Offer read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("--file: " + file + " does not exist or is not a file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException("--file: " + file + " is larger than 1 MB; an offer file is a few kilobytes.");
            }
            return OfferJson.read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (OfferFormatException e) {
            throw new BadInputException("the offer in " + file + " was not accepted:\n" + e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadInputException("--file: " + file + " is not UTF-8 text; save it as UTF-8 JSON.");
        } catch (IOException e) {
            throw new BadInputException("--file: cannot read " + file + ": " + e.getMessage());
        }
    }
}
