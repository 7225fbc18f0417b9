package com.counteroffer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: a failed write never leaves half a file under the user's name. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes UTF-8 text beside {@code target}, then moves it into place (replacing a file there). */
    public static void writeString(Path target, String text) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
