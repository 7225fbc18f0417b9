package com.counteroffer.domain.market;

import java.util.Objects;

/**
 * Pay of AI roles in all countries: context for the US ranges, never compared with an offer.
 *
 * @param maxApproximate the source gives the top only approximately ("nearly $400,000")
 * @param crossCheckSourceId another source holding the same figures, or null
 */
public record GlobalContext(long min, long max, boolean maxApproximate, long mean, String scope,
                            String sourceId, FigureStatus status, String note, String crossCheckSourceId) {

    public GlobalContext {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }
}
