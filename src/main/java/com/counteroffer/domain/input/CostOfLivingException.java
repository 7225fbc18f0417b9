package com.counteroffer.domain.input;

import java.util.List;

/** A price-parity (cost of living) file that cannot be used, with every problem in it. */
public final class CostOfLivingException extends InputFileException {

    public CostOfLivingException(String origin, List<String> problems) {
        super(origin, problems);
    }
}
