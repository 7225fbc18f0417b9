package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tax figure with where it comes from.
 *
 * @param value dollars, a count, or a rate as a fraction (0.062 for 6.2 %)
 * @param note why the figure is what it is; always given when the status is uncertain
 */
public record Figure(BigDecimal value, String sourceId, FigureStatus status, String note) {

    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a tax figure cannot be negative, found " + value.toPlainString());
        }
    }
}
