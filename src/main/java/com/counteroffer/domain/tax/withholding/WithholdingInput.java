package com.counteroffer.domain.tax.withholding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What payroll withholding depends on beyond the tax input.
 *
 * @param supplementalWages the part of the year's wages paid as bonus, sign-on and vesting RSUs (within
 *                          {@code TaxInput.wages}, the first earner's); the rest is regular pay
 * @param priorYearTax last year's total federal tax (Form 1040 line 24), or null when not given: then only
 *                     the 90 %-of-this-year route of the safe harbour is known
 * @param priorYearAgiOver150k whether last year's AGI was above 150,000 (the prior-year route is then 110 %)
 */
public record WithholdingInput(BigDecimal supplementalWages, BigDecimal priorYearTax, boolean priorYearAgiOver150k) {

    public WithholdingInput {
        Objects.requireNonNull(supplementalWages, "supplementalWages");
        if (supplementalWages.signum() < 0) {
            throw new IllegalArgumentException("supplemental wages can't be negative");
        }
        if (priorYearTax != null && priorYearTax.signum() < 0) {
            throw new IllegalArgumentException("last year's tax can't be negative");
        }
    }

    /** Regular pay only, no prior-year figures. */
    public static WithholdingInput none() {
        return new WithholdingInput(BigDecimal.ZERO, null, false);
    }
}
