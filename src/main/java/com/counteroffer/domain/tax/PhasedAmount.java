package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A deduction, exemption or credit after its phase-out on federal AGI, and how fast it is falling there.
 *
 * @param amount what is left of the full amount
 * @param slope how much of it one more dollar of AGI takes away (0 outside the phase-out, or at the floor)
 */
record PhasedAmount(BigDecimal amount, BigDecimal slope) {

    private static final MathContext DIVISION = MathContext.DECIMAL128;

    /**
     * The full amount up to {@code start}, falling linearly to 0 at {@code end} (none above {@code start} when
     * {@code end} is not above it); with a {@code step}, the reduction moves in whole steps, a part step counting as
     * whole; never below {@code floor}. The reduction is rounded to the cent.
     */
    static PhasedAmount of(BigDecimal full, BigDecimal federalAgi, BigDecimal start, BigDecimal end, BigDecimal step,
                           BigDecimal floor) {
        BigDecimal least = floor == null ? BigDecimal.ZERO : floor.min(full);
        if (start == null || end == null || federalAgi.compareTo(start) < 0) {
            return new PhasedAmount(full, BigDecimal.ZERO);
        }
        BigDecimal width = end.subtract(start);
        if (federalAgi.compareTo(start) == 0) {
            // Still whole at the start, but the next dollar begins the phase-out.
            return new PhasedAmount(full, width.signum() > 0 && full.compareTo(least) > 0
                    ? full.divide(width, DIVISION).stripTrailingZeros() : BigDecimal.ZERO);
        }
        if (width.signum() <= 0) {
            return new PhasedAmount(least, BigDecimal.ZERO);
        }
        BigDecimal over = federalAgi.subtract(start);
        if (step != null && step.signum() > 0) {
            over = over.divide(step, 0, RoundingMode.CEILING).multiply(step);
        }
        // The reduction is rounded to the cent, as the states' worksheets round it.
        BigDecimal reduction = full.multiply(over.min(width)).divide(width, 2, RoundingMode.HALF_UP);
        BigDecimal left = full.subtract(reduction).max(least);
        boolean falling = left.compareTo(least) > 0 && federalAgi.compareTo(end) < 0;
        return new PhasedAmount(left.stripTrailingZeros(),
                falling ? full.divide(width, DIVISION).stripTrailingZeros() : BigDecimal.ZERO);
    }

    /** The amount named {@code name} in {@code tables} for {@code filing}, after its phase-out. */
    static PhasedAmount of(Jurisdiction tables, String name, FilingStatus filing, BigDecimal federalAgi) {
        BigDecimal full = tables.optionalFigure(name, filing).map(Figure::value).orElse(BigDecimal.ZERO);
        return of(full, federalAgi, part(tables, name, "start", filing), part(tables, name, "end", filing),
                part(tables, name, "step", filing), part(tables, name, "floor", filing));
    }

    private static BigDecimal part(Jurisdiction tables, String name, String part, FilingStatus filing) {
        return tables.optionalFigure(name + "_phaseout_" + part, filing).map(Figure::value).orElse(null);
    }
}
