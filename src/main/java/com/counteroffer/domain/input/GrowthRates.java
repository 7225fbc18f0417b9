package com.counteroffer.domain.input;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Yearly stock growth, typed as a percent ({@code 15}, {@code 15%}, {@code −30}) and held as a
 * fraction (0.15). One range for every place that asks: the Compare screen, saved comparisons,
 * import files and the command line.
 */
public final class GrowthRates {

    /** −95 % a year: a stock that almost vanishes; lower rates stop meaning anything over years. */
    public static final BigDecimal LOWEST = new BigDecimal("-0.95");
    /** +300 % a year: beyond any sustained growth of a listed company. */
    public static final BigDecimal HIGHEST = new BigDecimal("3.00");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GrowthRates() {
    }

    /** The rate as a fraction (15 → 0.15); blank is null when not required. */
    public static Parsed<BigDecimal> parse(String text, boolean required) {
        Parsed<BigDecimal> percent = Percents.parse(text, LOWEST.multiply(HUNDRED), HIGHEST.multiply(HUNDRED), required,
                "yearly stock growth");
        if (!percent.ok() || percent.value() == null) {
            return percent;
        }
        return Parsed.of(percent.value().divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros());
    }

    public static boolean inRange(BigDecimal fraction) {
        return fraction.compareTo(LOWEST) >= 0 && fraction.compareTo(HIGHEST) <= 0;
    }

    /** A fraction as typed back: 0.15 → "15", −0.3 → "−30". */
    public static String format(BigDecimal fraction) {
        return fraction == null ? "" : Percents.format(fraction.movePointRight(2));
    }

    /** A fraction as shown in sentences: "+15 %/yr", "−30 %/yr", "0 %/yr". */
    public static String describe(BigDecimal fraction) {
        String number = format(fraction);
        return (fraction.signum() > 0 ? "+" : "") + number + " %/yr";
    }
}
