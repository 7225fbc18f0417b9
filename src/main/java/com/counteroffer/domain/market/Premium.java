package com.counteroffer.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A published pay premium as a factor, e.g. 1.11 for "+11 %".
 *
 * @param appliesTo what the source says the premium raises, e.g. "salary" or "starting salary"
 */
public record Premium(String id, String label, BigDecimal factor, String appliesTo,
                      String sourceId, FigureStatus status, String note) {

    public Premium {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("premium " + id + " needs a factor above 0, got " + factor);
        }
        note = note == null ? "" : note;
    }
}
