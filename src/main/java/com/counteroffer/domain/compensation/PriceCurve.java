package com.counteroffer.domain.compensation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The share price over time as a multiple of a starting price: whole years multiply by (1 + g) of
 * each year, and a part of a year by (1 + g)^(months ÷ 12) of the year under way. Without growth
 * every factor is exactly 1. Factors are cached, since every offer asks for the same few again.
 */
final class PriceCurve {

    /** Ten years of vesting, the longest a schedule can run; longer spans extend the cache. */
    private static final int CACHED_MONTHS = 121;

    private final ProjectionSettings settings;
    private final boolean flat;
    /** Rows by starting year; from the last listed rate on every start sees the same rates. */
    private final BigDecimal[][] rows;

    PriceCurve(ProjectionSettings settings) {
        this.settings = settings;
        this.flat = settings.noGrowth();
        this.rows = new BigDecimal[settings.growthByYear().size()][];
    }

    boolean flat() {
        return flat;
    }

    /** The price at month {@code month} after the start date over the start price. */
    BigDecimal at(int month) {
        return since(1, month);
    }

    /**
     * The price {@code months} after the start of year {@code startYear} over the price then. Grants are
     * made at the start of a year, so this is a refresher's price at vest ÷ its price at grant.
     */
    BigDecimal since(int startYear, int months) {
        if (flat) {
            return BigDecimal.ONE;
        }
        int start = Math.min(Math.max(startYear, 1), rows.length);
        BigDecimal[] row = rows[start - 1];
        if (row == null || row.length <= months) {
            row = fill(start, Math.max(months + 1, CACHED_MONTHS));
            rows[start - 1] = row;
        }
        return row[months];
    }

    private BigDecimal[] fill(int startYear, int length) {
        BigDecimal[] row = new BigDecimal[length];
        BigDecimal wholeYears = BigDecimal.ONE;
        for (int month = 0; month < length; month++) {
            int completedYears = month / 12;
            int monthsIntoYear = month % 12;
            if (monthsIntoYear == 0 && month > 0) {
                BigDecimal growth = settings.growthInYear(startYear + completedYears - 1);
                wholeYears = wholeYears.multiply(BigDecimal.ONE.add(growth), MathContext.DECIMAL128);
            }
            row[month] = monthsIntoYear == 0 ? wholeYears
                    : wholeYears.multiply(partOfYear(settings.growthInYear(startYear + completedYears), monthsIntoYear),
                            MathContext.DECIMAL128);
        }
        return row;
    }

    /** (1 + g)^(months ÷ 12); a fractional power needs double, so it carries 16 significant digits. */
    private static BigDecimal partOfYear(BigDecimal growth, int months) {
        if (growth.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal yearFactor = BigDecimal.ONE.add(growth);
        if (yearFactor.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(Math.pow(yearFactor.doubleValue(), months / 12.0), MathContext.DECIMAL64);
    }
}
