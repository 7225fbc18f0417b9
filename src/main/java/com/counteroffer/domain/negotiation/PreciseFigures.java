package com.counteroffer.domain.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Openings as precise figures: a first offer like $247,750 reads as researched and moves the other
 * side more than $250,000 (Mason, Lee, Wiley and Ames, 2013: source {@code mason-2013}); finer than
 * $250 reads as false precision for a salary. Rounded down, so a figure held at its evidence stays
 * within it.
 */
public final class PreciseFigures {

    /** The step figures are rounded to. */
    public static final BigDecimal STEP = BigDecimal.valueOf(250);
    /** A figure on a multiple of this reads as round. */
    public static final BigDecimal ROUND = BigDecimal.valueOf(5_000);

    private PreciseFigures() {
    }

    /** {@code amount} rounded down to $250, one step lower again when that lands on a round $5,000. */
    public static BigDecimal of(BigDecimal amount) {
        BigDecimal stepped = amount.divide(STEP, 0, RoundingMode.FLOOR).multiply(STEP);
        if (stepped.signum() > 0 && stepped.remainder(ROUND).signum() == 0) {
            stepped = stepped.subtract(STEP);
        }
        return stepped.max(BigDecimal.ZERO);
    }

    /** Whether {@code amount} is a precise figure: a multiple of $250 that is not a multiple of $5,000. */
    public static boolean isPrecise(BigDecimal amount) {
        return amount.remainder(STEP).signum() == 0 && amount.remainder(ROUND).signum() != 0;
    }
}
