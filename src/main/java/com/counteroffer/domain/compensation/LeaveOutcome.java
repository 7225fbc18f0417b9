package com.counteroffer.domain.compensation;

import java.math.BigDecimal;

/**
 * What leaving at the end of month {@code month} means: what was paid and vested, what must be paid
 * back, and what is left behind. Amounts are unrounded.
 *
 * @param base base earned for the whole months worked
 * @param bonus target bonuses of the completed years only
 * @param vestedEquity the initial grant vested by then, at the price on each vesting date
 * @param vestedRefreshers refresher grants vested by then
 * @param signOnReceived sign-on paid by then; monthly parts stop on leaving
 * @param clawback sign-on to repay under the letter's clawback terms
 * @param forfeitedEquity the unvested part of the initial grant, at the price when leaving
 * @param forfeitedRefreshers the unvested part of refresher grants already made, at the price when leaving
 * @param netPaid base + bonus + vested equity + vested refreshers + sign-on received − clawback
 */
public record LeaveOutcome(int month, BigDecimal base, BigDecimal bonus, BigDecimal vestedEquity,
                           BigDecimal vestedRefreshers, BigDecimal signOnReceived, BigDecimal clawback,
                           BigDecimal forfeitedEquity, BigDecimal forfeitedRefreshers, BigDecimal netPaid) {

    /** Everything left unvested: the initial grant and the refresher grants. */
    public BigDecimal forfeited() {
        return forfeitedEquity.add(forfeitedRefreshers);
    }
}
