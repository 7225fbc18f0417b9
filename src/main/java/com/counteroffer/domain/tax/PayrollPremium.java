package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An employee-paid payroll premium (disability, family leave, unemployment insurance), charged on each earner's
 * wages up to the cap.
 *
 * @param rate a fraction (0.0023 for 0.23 %)
 * @param wageCap the wages per earner the rate stops at, or null for none
 */
public record PayrollPremium(String label, BigDecimal rate, BigDecimal wageCap, String sourceId, FigureStatus status,
                             String note) {

    public PayrollPremium {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /** The premium on one earner's wages. */
    public BigDecimal on(BigDecimal earnerWages) {
        return (wageCap == null ? earnerWages : earnerWages.min(wageCap)).multiply(rate);
    }
}
