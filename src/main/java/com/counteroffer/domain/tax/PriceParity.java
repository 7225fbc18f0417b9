package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A metro area's regional price parity: its price level, the US being 100.
 *
 * @param id the key used in the data file, e.g. {@code san-francisco}
 */
public record PriceParity(String id, String metro, BigDecimal rpp, String sourceId, FigureStatus status, String note) {

    public PriceParity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metro, "metro");
        Objects.requireNonNull(rpp, "rpp");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        if (rpp.signum() <= 0) {
            throw new IllegalArgumentException("a price parity must be above 0, found " + rpp.toPlainString());
        }
    }
}
