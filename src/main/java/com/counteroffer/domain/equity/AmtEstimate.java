package com.counteroffer.domain.equity;

import java.math.BigDecimal;

/**
 * The alternative minimum tax an ISO exercise may bring, as Form 6251 works it for wages only: an
 * estimate (no other preference items, no AMT credit carried forward, no state AMT).
 *
 * @param regularTaxableIncome federal taxable income with the exercise (wages − 401(k) − standard deduction)
 * @param standardDeductionAddedBack the standard deduction, not allowed for the AMT (Form 6251 line 2a)
 * @param isoSpread the ISO shares' spread at exercise (Form 6251 line 2i)
 * @param amti alternative minimum taxable income: the three above added
 * @param exemption the filing status's exemption before the phase-out
 * @param phaseOutStart the AMTI above which the exemption shrinks
 * @param phaseOutRate how much of each dollar above the start the exemption loses
 * @param exemptionAllowed max(0, exemption − rate × max(0, AMTI − start))
 * @param taxableExcess max(0, AMTI − exemption allowed)
 * @param lowRate the rate up to {@code highRateThreshold}
 * @param highRate the rate above it
 * @param tentativeMinimumTax low rate × excess up to the threshold + high rate × the rest
 * @param regularTax the federal income tax with the exercise
 * @param amt max(0, tentative minimum tax − regular tax)
 * @param taxYear the tables' year
 * @param source where the AMT figures come from
 */
public record AmtEstimate(BigDecimal regularTaxableIncome, BigDecimal standardDeductionAddedBack,
                          BigDecimal isoSpread, BigDecimal amti, BigDecimal exemption, BigDecimal phaseOutStart,
                          BigDecimal phaseOutRate, BigDecimal exemptionAllowed, BigDecimal taxableExcess,
                          BigDecimal lowRate, BigDecimal highRate, BigDecimal highRateThreshold,
                          BigDecimal tentativeMinimumTax, BigDecimal regularTax, BigDecimal amt, int taxYear,
                          String source) {
}
