package com.counteroffer.domain.input;

import java.math.BigDecimal;

/** Whole numbers (years, months, days), share counts and prices per share, as people type them. */
public final class Numbers {

    /** Ten billion shares: more than any company has issued. */
    static final long MAX_SHARES = 10_000_000_000L;
    static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000);

    private Numbers() {
    }

    /** A whole number between {@code min} and {@code max}; blank is an error when required, else null. */
    public static Parsed<Integer> whole(String text, int min, int max, boolean required, String what) {
        if (text == null || text.isBlank()) {
            return required ? Parsed.error("Enter the " + what + ".") : Parsed.of(null);
        }
        String cleaned = text.strip().replace(",", "").replace('−', '-');
        if (!cleaned.matches("-?\\d{1,9}")) {
            return Parsed.error("Enter the " + what + " as a whole number, e.g. " + Math.max(min, 1) + ".");
        }
        int value = Integer.parseInt(cleaned);
        if (value < min || value > max) {
            return Parsed.error("The " + what + " must be between " + min + " and " + max + ".");
        }
        return Parsed.of(value);
    }

    /** A share count (whole, up to ten billion); blank is an error when required, else null. */
    public static Parsed<Long> shares(String text, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? Parsed.error("Enter the number of shares.") : Parsed.of(null);
        }
        String cleaned = text.strip().replace(",", "");
        if (!cleaned.matches("\\d{1,11}") || Long.parseLong(cleaned) > MAX_SHARES) {
            return Parsed.error("Enter a whole number of shares, e.g. 12,000.");
        }
        return Parsed.of(Long.parseLong(cleaned));
    }

    /** A price per share in dollars with up to four decimals, e.g. {@code $12.50}; blank as required. */
    public static Parsed<BigDecimal> price(String text, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? Parsed.error("Enter the price per share, e.g. $12.50.") : Parsed.of(null);
        }
        String cleaned = text.strip().replace("$", "").replace(",", "").strip();
        try {
            BigDecimal value = new BigDecimal(cleaned);
            if (value.signum() < 0 || value.scale() > 4 || value.compareTo(MAX_PRICE) > 0) {
                return Parsed.error("Enter a price per share between $0 and $1,000,000, e.g. $12.50.");
            }
            return Parsed.of(value.stripTrailingZeros());
        } catch (NumberFormatException e) {
            return Parsed.error("\"" + text.strip() + "\" is not a price. Type it like $12.50.");
        }
    }
}
