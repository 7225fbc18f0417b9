package com.counteroffer.domain.input;

import com.counteroffer.domain.profile.MarketAssumptions;
import java.math.BigDecimal;
import java.math.MathContext;

/** A multiplier typed as {@code 1.10}, {@code ×1.1}, {@code 110%} or {@code +10%}; blank means none. */
public final class Multipliers {

    private Multipliers() {
    }

    public static Parsed<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.of(null);
        }
        String cleaned = text.strip().replace(" ", "").replace("×", "").replace("x", "").replace('−', '-');
        BigDecimal factor;
        try {
            if (cleaned.endsWith("%")) {
                String number = cleaned.substring(0, cleaned.length() - 1);
                boolean relative = number.startsWith("+") || number.startsWith("-");
                BigDecimal percent = new BigDecimal(number);
                factor = relative
                        ? BigDecimal.ONE.add(percent.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64))
                        : percent.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
            } else {
                factor = new BigDecimal(cleaned);
            }
        } catch (NumberFormatException e) {
            return Parsed.error("\"" + text.strip() + "\" is not a multiplier. Type 1.10, 110% or +10%.");
        }
        if (factor.compareTo(MarketAssumptions.Factor.MIN) < 0 || factor.compareTo(MarketAssumptions.Factor.MAX) > 0) {
            return Parsed.error("Use a multiplier between 0.50 and 2.00 (−50 % to +100 %).");
        }
        return Parsed.of(factor.stripTrailingZeros());
    }

    /**
     * A multiple typed as {@code 1}, {@code 1.5x} or {@code 2×} (a liquidation preference), from 0 to
     * {@code max}; blank means none (null).
     */
    public static Parsed<BigDecimal> multiple(String text, BigDecimal max, String what) {
        if (text == null || text.isBlank()) {
            return Parsed.of(null);
        }
        String cleaned = text.strip().replace(" ", "").replace("×", "").replace("x", "").replace("X", "");
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return Parsed.error("\"" + text.strip() + "\" is not a multiple. Type the " + what + " as 1, 1.5 or 2×.");
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            return Parsed.error("The " + what + " must be between 0 and " + max.toPlainString() + "×.");
        }
        return Parsed.of(value);
    }

    public static String format(MarketAssumptions.Factor factor) {
        return factor == null ? "" : factor.value().toPlainString();
    }
}
