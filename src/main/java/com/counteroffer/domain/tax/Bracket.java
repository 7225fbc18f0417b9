package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A bracket: {@code rate} applies to taxable income from {@code from} up to the next bracket's lower bound.
 *
 * @param rate a fraction, 0.22 for 22 %
 */
public record Bracket(BigDecimal from, BigDecimal rate) {

    public Bracket {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
        if (from.signum() < 0 || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("a bracket needs from ≥ 0 and a rate in [0, 1), found from "
                    + from.toPlainString() + ", rate " + rate.toPlainString());
        }
    }
}
