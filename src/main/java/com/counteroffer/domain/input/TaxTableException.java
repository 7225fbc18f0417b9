package com.counteroffer.domain.input;

import java.util.List;

/** A tax-table file that cannot be used, with every problem in it, each naming its field path. */
public final class TaxTableException extends InputFileException {

    public TaxTableException(String origin, List<String> problems) {
        super(origin, problems);
    }
}
