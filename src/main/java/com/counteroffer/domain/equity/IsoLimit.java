package com.counteroffer.domain.equity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The $100,000 limit on incentive stock options (IRC §422(d)): options whose shares, valued at the
 * fair market value at grant, first become exercisable in one calendar year above $100,000 are treated as
 * NSOs. Per calendar year from the vesting schedule and the start date; all in the grant's year when
 * early exercise is allowed. The price at grant is taken as the strike, which an ISO's can't be below
 * (IRC §422(b)(4)).
 *
 * @param valuePerShareAtGrant the strike, standing for the fair market value at grant
 * @param years each calendar year in which shares first become exercisable
 * @param isoShares shares within the limit, over all years
 * @param nsoShares shares above it, treated as NSOs
 */
public record IsoLimit(BigDecimal limitPerYear, BigDecimal valuePerShareAtGrant, List<Year> years, long isoShares,
                       long nsoShares, String note) {

    public static final BigDecimal LIMIT = BigDecimal.valueOf(100_000);

    public IsoLimit {
        years = List.copyOf(years);
    }

    /**
     * @param calendarYear the calendar year, or null when the start date isn't known (then {@code grantYear}
     *     counts 12-month periods from the start)
     * @param grantYear 1 for the first 12 months (or the grant's calendar year), 2 for the next, …
     * @param shares shares first exercisable in the year
     * @param valueAtGrant shares × the price at grant (the strike)
     */
    public record Year(Integer calendarYear, int grantYear, long shares, BigDecimal valueAtGrant, long isoShares,
                       long nsoShares) {
    }
}
