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
 * @param units the initial grant's options or shares, vested and left behind; null for a grant given
 *     in dollars or none
 */
public record LeaveOutcome(int month, BigDecimal base, BigDecimal bonus, BigDecimal vestedEquity,
                           BigDecimal vestedRefreshers, BigDecimal signOnReceived, BigDecimal clawback,
                           BigDecimal forfeitedEquity, BigDecimal forfeitedRefreshers, BigDecimal netPaid,
                           Units units) {

    /** Everything left unvested: the initial grant and the refresher grants. */
    public BigDecimal forfeited() {
        return forfeitedEquity.add(forfeitedRefreshers);
    }

    /** The cost of exercising the vested options; 0 for shares or no grant. */
    public BigDecimal exerciseCost() {
        return units == null ? BigDecimal.ZERO : units.exerciseCost();
    }

    /**
     * The grant counted in options or shares when leaving.
     *
     * @param vested options or shares vested by the leave month (shares × vested %, rounded)
     * @param forfeited the rest, left behind
     * @param exerciseCost options: vested × strike, payable before the window closes; 0 for shares
     * @param exerciseWindowMonths options: months after leaving to exercise; null for shares
     * @param exerciseDeadlineMonth options: the month the window closes (leave month + window); null for shares
     * @param valued how options or private shares were valued; null for a public company's RSUs
     */
    public record Units(long vested, long forfeited, BigDecimal exerciseCost, Integer exerciseWindowMonths,
                        Integer exerciseDeadlineMonth, PrivateEquity valued) {

        public boolean options() {
            return exerciseWindowMonths != null;
        }
    }
}
