package com.counteroffer.domain.input;

import java.util.List;

/**
 * A file the user chose that can't be read as text at all: missing, a folder, a pipe or device, too
 * large, or not UTF-8. Its one problem says why and what to choose instead.
 */
public final class UnreadableFileException extends InputFileException {

    public UnreadableFileException(String origin, String problem) {
        super(origin, List.of(problem));
    }

    /** What is wrong, without the file's name. */
    public String problem() {
        return problems().get(0);
    }
}
