package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of New York's supplemental-tax table: for taxable income from {@code taxableIncomeFrom},
 * the recapture base plus a phased-in share of the incremental benefit is added to the schedule tax.
 */
public record RecaptureStep(BigDecimal taxableIncomeFrom, BigDecimal recaptureBase, BigDecimal incrementalBenefit) {

    public RecaptureStep {
        Objects.requireNonNull(taxableIncomeFrom, "taxableIncomeFrom");
        Objects.requireNonNull(recaptureBase, "recaptureBase");
        Objects.requireNonNull(incrementalBenefit, "incrementalBenefit");
    }
}
