package com.counteroffer.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Projected growth of the sectors that hire infrastructure engineers.
 *
 * @param growth the projected rise as a fraction, e.g. 0.20 for "nearly 20 %"
 * @param appliesTo what grows: employment, not pay
 */
public record SectorGrowth(BigDecimal growth, int throughYear, String sectors, String appliesTo,
                           String sourceId, FigureStatus status, String note) {

    public SectorGrowth {
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }
}
