package com.counteroffer.domain.compensation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An offer projected year by year, with the named views of total compensation side by side.
 * Amounts are unrounded; round with {@link WholeDollars} for display.
 *
 * @param years year 1 to the horizon
 * @param tcYear1 the total of year 1
 * @param tcAnnualized Levels.fyi style: year-1 base + target bonus + initial grant ÷ vesting years
 *     + sign-on ÷ 4
 * @param tcSteadyState the total of {@code steadyStateYear}
 * @param steadyStateYear the first year after the initial grant has vested and sign-ons have ended,
 *     with refresher stacking complete; may lie beyond the horizon
 * @param guaranteed base and sign-on over the horizon
 * @param atRisk bonus, equity and refreshers over the horizon
 * @param horizonTotal the sum of the yearly totals; guaranteed + atRisk
 * @param guaranteedRefreshers the part of the refreshers over the horizon from guaranteed grants
 * @param paper the part of the horizon total in options and private stock that can't be sold within
 *     the horizon (sellable only at a sale or listing, or beyond what tenders buy back)
 * @param liquid cash pay, public stock and what tenders pay for the units sold (at the tender price, so
 *     paper + liquid differs from horizonTotal when the tender price differs from the valuation)
 * @param privateEquity how options or a private company's shares were valued; null for public RSUs or none
 * @param conventions plain sentences saying how the figures were worked out, shown with them
 */
public record Projection(List<YearAmounts> years, BigDecimal tcYear1, BigDecimal tcAnnualized,
                        BigDecimal tcSteadyState, int steadyStateYear, BigDecimal guaranteed, BigDecimal atRisk,
                        BigDecimal horizonTotal, BigDecimal guaranteedRefreshers, BigDecimal paper, BigDecimal liquid,
                        PrivateEquity privateEquity, List<String> conventions) {

    public Projection {
        years = List.copyOf(years);
        conventions = List.copyOf(conventions);
        Objects.requireNonNull(tcYear1, "tcYear1");
        Objects.requireNonNull(tcAnnualized, "tcAnnualized");
        Objects.requireNonNull(tcSteadyState, "tcSteadyState");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(liquid, "liquid");
    }

    /** Year {@code year}, 1 = the first. */
    public YearAmounts year(int year) {
        return years.get(year - 1);
    }
}
