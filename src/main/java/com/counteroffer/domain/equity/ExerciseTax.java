package com.counteroffer.domain.equity;

import java.math.BigDecimal;
import java.util.List;

/**
 * An estimate of the tax from exercising every option at once at today's 409A price, in the year
 * of {@link ExerciseTaxContext}: the spread (409A − strike) × shares of NSOs (and of ISOs above the
 * $100,000 limit) is taxed as wages; the ISOs' spread may bring the AMT.
 *
 * @param wages the year's wages without the exercise
 * @param spreadPerShare max(0, 409A − strike)
 * @param nsoShares shares taxed as NSOs (all of an NSO grant; an ISO grant's shares above the limit)
 * @param isoShares shares kept as ISOs
 * @param nsoSpread nsoShares × spread: taxed as wages
 * @param isoSpread isoShares × spread: no regular tax at exercise, counted for the AMT
 * @param taxOnNsoSpread federal + FICA + state tax on wages + NSO spread, less the same on the wages alone
 * @param amt the AMT estimate, or null without ISO shares
 * @param total taxOnNsoSpread + the AMT
 * @param notes what the estimate covers and leaves out, in plain words
 */
public record ExerciseTax(int taxYear, BigDecimal wages, BigDecimal spreadPerShare, long nsoShares, long isoShares,
                          BigDecimal nsoSpread, BigDecimal isoSpread, BigDecimal taxOnNsoSpread, AmtEstimate amt,
                          BigDecimal total, List<String> notes) {

    public ExerciseTax {
        notes = List.copyOf(notes);
    }
}
