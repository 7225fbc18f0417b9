package com.counteroffer.domain.input;

import java.math.BigDecimal;

/**
 * A target bonus as people type it: {@code 10%} is a share of base; {@code $15,000}, {@code 15k} or
 * {@code 15000} an amount. A bare number under 1,000 could be either, so it comes back as a question (an
 * {@link Parsed.Ambiguity} the form words) rather than guessed. Every form, file and command that takes a bonus in one field reads it here.
 */
public final class Bonuses {

    /** Numbers below this, typed bare, are as likely a percent as dollars. */
    static final BigDecimal AMBIGUOUS_BELOW = BigDecimal.valueOf(1000);

    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(200);

    private Bonuses() {
    }

    /** A bonus: exactly one of {@code percentOfBase} and {@code amount} is set. */
    public record Bonus(BigDecimal percentOfBase, Long amount) {

        public boolean isPercent() {
            return percentOfBase != null;
        }
    }

    /** The bonus typed; blank is a null value. */
    public static Parsed<Bonus> parse(String text, long maxAmount) {
        if (text == null || text.isBlank()) {
            return Parsed.of(null);
        }
        String typed = text.strip();
        if (typed.endsWith("%")) {
            Parsed<BigDecimal> percent = Percents.parse(typed, BigDecimal.ZERO, MAX_PERCENT, true, "target bonus");
            return percent.ok() ? Parsed.of(new Bonus(percent.value(), null)) : Parsed.error(percent.error());
        }
        String digits = typed.replace(",", "");
        if (digits.matches("\\d+(\\.\\d+)?") && new BigDecimal(digits).compareTo(AMBIGUOUS_BELOW) < 0) {
            return Parsed.ambiguous(Parsed.Ambiguity.Kind.PERCENT_OR_DOLLARS, typed);
        }
        Parsed<Long> amount = Amounts.parse(typed, maxAmount, true);
        return amount.ok() ? Parsed.of(new Bonus(null, amount.value())) : Parsed.error(amount.error());
    }

    /** Whether the text, typed where a percent is asked for, is plainly an amount instead ($, k, m or 1,000 and up). */
    public static boolean plainlyAnAmount(String text) {
        if (text == null || text.isBlank() || text.strip().endsWith("%")) {
            return false;
        }
        String typed = text.strip().replace(",", "");
        boolean marked = typed.startsWith("$") || typed.toLowerCase(java.util.Locale.ROOT).matches("[\\d.]+\\s*[km]");
        boolean large = typed.matches("\\d+(\\.\\d+)?") && new BigDecimal(typed).compareTo(AMBIGUOUS_BELOW) >= 0;
        return (marked || large) && parse(text, Long.MAX_VALUE / 4).ok();
    }
}
