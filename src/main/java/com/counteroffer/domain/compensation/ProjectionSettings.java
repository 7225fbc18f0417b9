package com.counteroffer.domain.compensation;

import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How to project an offer.
 *
 * @param years the horizon, 1 to 10 years
 * @param growthByYear yearly stock growth as a fraction (0.15 = +15 %) for year 1, 2, …; the last rate
 *     continues past the end of the list, so a list of one value is a constant rate. Empty means none.
 * @param valuation how to value options and a private company's shares for every offer, overriding
 *     each offer's own saved choice; null means each offer's own ({@code equity().company().valuation()})
 */
public record ProjectionSettings(int years, List<BigDecimal> growthByYear, ValuationBasis valuation) {

    public static final int MAX_YEARS = 10;
    /** −100 %: the stock goes to zero; anything lower would be a negative price. */
    public static final BigDecimal MIN_GROWTH = BigDecimal.ONE.negate();
    /** +1,000 % a year; above that the projection stops meaning anything. */
    public static final BigDecimal MAX_GROWTH = BigDecimal.TEN;

    public ProjectionSettings {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("the projection covers 1 to " + MAX_YEARS + " years, not " + years);
        }
        List<BigDecimal> rates = new ArrayList<>();
        if (growthByYear != null) {
            for (int i = 0; i < growthByYear.size(); i++) {
                BigDecimal rate = growthByYear.get(i);
                if (rate == null) {
                    throw new IllegalArgumentException("stock growth for year " + (i + 1) + " is missing");
                }
                if (rate.compareTo(MIN_GROWTH) < 0 || rate.compareTo(MAX_GROWTH) > 0) {
                    throw new IllegalArgumentException("stock growth for year " + (i + 1) + " must be between −100 %"
                            + " and +1,000 %, not " + rate.movePointRight(2).stripTrailingZeros().toPlainString() + " %");
                }
                rates.add(rate);
            }
        }
        if (rates.isEmpty()) {
            rates.add(BigDecimal.ZERO);
        }
        growthByYear = List.copyOf(rates);
    }

    /** Four years, no stock growth, private equity valued as each offer chose. */
    public static ProjectionSettings defaults() {
        return new ProjectionSettings(4, List.of(BigDecimal.ZERO), null);
    }

    public ProjectionSettings withYears(int newYears) {
        return new ProjectionSettings(newYears, growthByYear, valuation);
    }

    /** The same growth every year. */
    public ProjectionSettings withGrowth(BigDecimal constantRate) {
        return new ProjectionSettings(years, List.of(constantRate), valuation);
    }

    public ProjectionSettings withGrowthByYear(List<BigDecimal> rates) {
        return new ProjectionSettings(years, rates, valuation);
    }

    /** Every offer's private equity valued on {@code basis}; null for each offer's own choice. */
    public ProjectionSettings withValuation(ValuationBasis basis) {
        return new ProjectionSettings(years, growthByYear, basis);
    }

    /** The growth rate in year {@code year} (1 = the first); the last rate continues past the list. */
    public BigDecimal growthInYear(int year) {
        return growthByYear.get(Math.min(Math.max(year, 1), growthByYear.size()) - 1);
    }

    public boolean noGrowth() {
        return growthByYear.stream().allMatch(rate -> rate.signum() == 0);
    }
}
