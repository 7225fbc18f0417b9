package com.counteroffer.domain.compensation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The share price over time as a multiple of a starting price: whole years multiply by (1 + g) of
 * each year, and a part of a year by (1 + g)^(months ÷ 12) of the year under way. Without growth
 * every factor is exactly 1; with growth, factors carry 16 significant digits (far below a cent on
 * any grant), which keeps the arithmetic on fast 64-bit BigDecimals.
 *
 * <p>A curve depends only on the growth rates, so it is worked out once and shared: comparing a
 * dozen offers under one scenario builds one curve. Curves are immutable once built.
 */
final class PriceCurve {

    /** Ten years of vesting, the longest a schedule can run, and month 0. */
    private static final int MONTHS = 121;
    private static final int CACHED_CURVES = 32;
    private static final PriceCurve FLAT = new PriceCurve(List.of(BigDecimal.ZERO), true);
    private static final Map<List<BigDecimal>, PriceCurve> CURVES = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<BigDecimal>, PriceCurve> eldest) {
            return size() > CACHED_CURVES;
        }
    };

    private final List<BigDecimal> growthByYear;
    private final boolean flat;
    /** Rows by starting year; from the last listed rate on every start sees the same rates. */
    private final BigDecimal[][] rows;

    private PriceCurve(List<BigDecimal> growthByYear, boolean flat) {
        this.growthByYear = growthByYear;
        this.flat = flat;
        this.rows = new BigDecimal[growthByYear.size()][];
        if (!flat) {
            for (int start = 1; start <= rows.length; start++) {
                rows[start - 1] = row(start, MONTHS);
            }
        }
    }

    static PriceCurve of(ProjectionSettings settings) {
        if (settings.noGrowth()) {
            return FLAT;
        }
        synchronized (CURVES) {
            return CURVES.computeIfAbsent(settings.growthByYear(), rates -> new PriceCurve(rates, false));
        }
    }

    boolean flat() {
        return flat;
    }

    /** The start years that see different rates; every later start is the same as the last one. */
    int distinctStart(int startYear) {
        return Math.min(Math.max(startYear, 1), rows.length);
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
        int start = distinctStart(startYear);
        return months < MONTHS ? rows[start - 1][months] : row(start, months + 1)[months];
    }

    private BigDecimal[] row(int startYear, int length) {
        BigDecimal[] row = new BigDecimal[length];
        BigDecimal wholeYears = BigDecimal.ONE;
        BigDecimal[] partsOfYear = partsOfYear(growthInYear(startYear));
        for (int month = 0; month < length; month++) {
            int completedYears = month / 12;
            int monthsIntoYear = month % 12;
            if (monthsIntoYear == 0 && month > 0) {
                BigDecimal growth = growthInYear(startYear + completedYears - 1);
                wholeYears = wholeYears.multiply(BigDecimal.ONE.add(growth), MathContext.DECIMAL64);
                partsOfYear = partsOfYear(growthInYear(startYear + completedYears));
            }
            row[month] = monthsIntoYear == 0 ? wholeYears
                    : wholeYears.multiply(partsOfYear[monthsIntoYear], MathContext.DECIMAL64);
        }
        return row;
    }

    private BigDecimal growthInYear(int year) {
        return growthByYear.get(Math.min(year, growthByYear.size()) - 1);
    }

    /** (1 + g)^(months ÷ 12) for months 0..11; a fractional power needs double, hence 16 digits. */
    private static BigDecimal[] partsOfYear(BigDecimal growth) {
        BigDecimal[] parts = new BigDecimal[12];
        double yearFactor = BigDecimal.ONE.add(growth).doubleValue();
        for (int months = 0; months < 12; months++) {
            parts[months] = months == 0 || growth.signum() == 0 ? BigDecimal.ONE
                    : BigDecimal.valueOf(Math.pow(yearFactor, months / 12.0)).round(MathContext.DECIMAL64);
        }
        return parts;
    }
}
