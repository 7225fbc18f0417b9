package com.counteroffer.domain.compensation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The share price over time as a multiple of a starting price: whole years multiply by (1 + g) of
 * each year, and a part of a year by (1 + g)^(months ÷ 12) of the year under way. Without growth
 * every factor is exactly 1; with growth, factors carry 16 significant digits (far below a cent on
 * any grant) so the arithmetic stays on fast 64-bit BigDecimals. Factors are cached, since every
 * grant asks for the same few again.
 */
final class PriceCurve {

    /** Ten years of vesting, the longest a schedule can run; longer spans extend the cache. */
    private static final int CACHED_MONTHS = 121;

    private final ProjectionSettings settings;
    private final boolean flat;
    /** Rows by starting year; from the last listed rate on every start sees the same rates. */
    private final BigDecimal[][] rows;
    /** (1 + g)^(months ÷ 12) for months 0..11, by rate. */
    private final Map<BigDecimal, BigDecimal[]> partsOfYear = new HashMap<>();

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

    /** The start years that see different rates; every later start is the same as the last one. */
    int distinctStart(int startYear) {
        return Math.min(Math.max(startYear, 1), rows.length);
    }

    /**
     * The price {@code months} after the start of year {@code startYear} over the price then. Grants are
     * made at the start of a year, so this is a refresher's price at vest ÷ its price at grant.
     */
    BigDecimal since(int startYear, int months) {
        if (flat) {
            return BigDecimal.ONE;
        }
        int start = distinctStart(startYear);
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
                wholeYears = wholeYears.multiply(BigDecimal.ONE.add(growth), MathContext.DECIMAL64);
            }
            row[month] = monthsIntoYear == 0 ? wholeYears
                    : wholeYears.multiply(partOfYear(settings.growthInYear(startYear + completedYears))[monthsIntoYear],
                            MathContext.DECIMAL64);
        }
        return row;
    }

    /** (1 + g)^(months ÷ 12) for months 0..11; a fractional power needs double, hence 16 digits. */
    private BigDecimal[] partOfYear(BigDecimal growth) {
        return partsOfYear.computeIfAbsent(growth, rate -> {
            BigDecimal[] parts = new BigDecimal[12];
            double yearFactor = BigDecimal.ONE.add(rate).doubleValue();
            for (int months = 0; months < 12; months++) {
                parts[months] = months == 0 || rate.signum() == 0 ? BigDecimal.ONE
                        : BigDecimal.valueOf(Math.pow(yearFactor, months / 12.0)).round(MathContext.DECIMAL64);
            }
            return parts;
        });
    }
}
