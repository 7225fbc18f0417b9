package com.counteroffer.domain.input;

import java.util.List;

/** An offer file ({@code counteroffer.offer/2 or /1}) that cannot be used, with every problem in it. */
public final class OfferFormatException extends InputFileException {

    public OfferFormatException(String origin, List<String> problems) {
        super(origin, problems);
    }
}
