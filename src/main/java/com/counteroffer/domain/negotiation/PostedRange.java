package com.counteroffer.domain.negotiation;

/**
 * The base pay range the employer posted for the job (many US states require one in the listing),
 * as the user entered it; whole dollars.
 */
public record PostedRange(long min, long max) {

    public PostedRange {
        if (min <= 0 || max < min) {
            throw new IllegalArgumentException("a posted range runs from its lowest to its highest base, both above $0,"
                    + " not " + min + " to " + max);
        }
    }
}
