package com.counteroffer.domain.compensation;

import java.math.BigDecimal;

/**
 * What one year of an offer pays, unrounded. Year y covers months 12(y−1) to 12y after the start.
 *
 * @param equity the initial grant's value vesting this year, at the price on each vesting date
 * @param refreshers the refresher grants' value vesting this year
 * @param total base + bonus + equity + signOn + refreshers
 * @param relocation reported apart from the total
 * @param match the employer's 401(k) match; reported apart from the total
 * @param benefits reported apart from the total
 * @param stockPaidOut the stock that becomes money this year: a public company's RSUs and refreshers as
 *     they vest, and what tenders pay for private units or options sold (at the tender price); options
 *     and private stock still held are not in it
 */
public record YearAmounts(int year, BigDecimal base, BigDecimal bonus, BigDecimal equity, BigDecimal signOn,
                          BigDecimal refreshers, BigDecimal total, BigDecimal relocation, BigDecimal match,
                          BigDecimal benefits, BigDecimal stockPaidOut) {

    /** Builds the year with its total worked out from the parts. */
    public static YearAmounts of(int year, BigDecimal base, BigDecimal bonus, BigDecimal equity, BigDecimal signOn,
                                 BigDecimal refreshers, BigDecimal relocation, BigDecimal match, BigDecimal benefits,
                                 BigDecimal stockPaidOut) {
        BigDecimal total = base.add(bonus).add(equity).add(signOn).add(refreshers);
        return new YearAmounts(year, base, bonus, equity, signOn, refreshers, total, relocation, match, benefits,
                stockPaidOut);
    }

    /**
     * What is taxed as wages this year, relocation aside: base, bonus, sign-on and the stock paid out.
     * Options and private shares still held are left out: they are taxed at exercise or sale.
     */
    public BigDecimal wages() {
        return base.add(bonus).add(signOn).add(stockPaidOut);
    }

    /** Base and sign-on: paid whatever the company, the stock or the bonus pool do. */
    public BigDecimal guaranteed() {
        return base.add(signOn);
    }

    /** Bonus, equity and refreshers: targets and stock, which can come in lower. */
    public BigDecimal atRisk() {
        return bonus.add(equity).add(refreshers);
    }
}
