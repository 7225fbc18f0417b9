package com.counteroffer.domain.input;

import java.util.List;

/** A market dataset file that cannot be used, with every problem in it. */
public final class DatasetException extends InputFileException {

    public DatasetException(String origin, List<String> problems) {
        super(origin, problems);
    }
}
