package com.counteroffer.ui.common;

import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.ui.common.ValidatedField.Outcome;
import java.math.BigDecimal;
import java.util.function.Function;

/** The parsers form fields share, each giving a message that says what to type. */
public final class FieldParsers {

    private FieldParsers() {
    }

    /** Whole dollars, {@code $185,000} / {@code 185k}; blank is an error when required, else null. */
    public static Function<String, Outcome<Long>> amount(boolean required, long max) {
        return text -> {
            if (!required && (text == null || text.isBlank())) {
                return Outcome.of(null);
            }
            AmountParser.Result result = AmountParser.parse(text, max);
            return result.ok() ? Outcome.of(result.dollars()) : Outcome.error(result.error());
        };
    }

    /** A percentage such as {@code 15} or {@code 15%} between 0 and {@code max}; blank is null. */
    public static Function<String, Outcome<BigDecimal>> percent(BigDecimal max) {
        return text -> {
            if (text == null || text.isBlank()) {
                return Outcome.of(null);
            }
            String cleaned = text.strip().replace("%", "").strip();
            try {
                BigDecimal value = new BigDecimal(cleaned);
                if (value.signum() < 0 || value.compareTo(max) > 0) {
                    return Outcome.error("Enter a percent between 0 and " + max.toPlainString() + ".");
                }
                return Outcome.of(value.stripTrailingZeros());
            } catch (NumberFormatException e) {
                return Outcome.error("\"" + text.strip() + "\" is not a percent. Type it like 15 or 15%.");
            }
        };
    }

    /** A whole number between {@code min} and {@code max}; blank is an error when required, else null. */
    public static Function<String, Outcome<Integer>> wholeNumber(int min, int max, boolean required, String what) {
        return text -> {
            if (text == null || text.isBlank()) {
                return required ? Outcome.error("Enter the " + what + ".") : Outcome.of(null);
            }
            String cleaned = text.strip().replace(",", "");
            if (!cleaned.matches("-?\\d{1,9}")) {
                return Outcome.error("Enter the " + what + " as a whole number, e.g. " + Math.max(min, 1) + ".");
            }
            int value = Integer.parseInt(cleaned);
            if (value < min || value > max) {
                return Outcome.error("The " + what + " must be between " + min + " and " + max + ".");
            }
            return Outcome.of(value);
        };
    }

    /** A share count (whole, up to ten billion); blank is an error when required, else null. */
    public static Function<String, Outcome<Long>> shares(boolean required) {
        return text -> {
            if (text == null || text.isBlank()) {
                return required ? Outcome.error("Enter the number of shares.") : Outcome.of(null);
            }
            String cleaned = text.strip().replace(",", "");
            if (!cleaned.matches("\\d{1,11}") || Long.parseLong(cleaned) > 10_000_000_000L) {
                return Outcome.error("Enter a whole number of shares, e.g. 12,000.");
            }
            return Outcome.of(Long.parseLong(cleaned));
        };
    }

    /** A price per share in dollars with up to four decimals, e.g. {@code $12.50}; blank as required. */
    public static Function<String, Outcome<BigDecimal>> price(boolean required) {
        return text -> {
            if (text == null || text.isBlank()) {
                return required ? Outcome.error("Enter the price per share, e.g. $12.50.") : Outcome.of(null);
            }
            String cleaned = text.strip().replace("$", "").replace(",", "").strip();
            try {
                BigDecimal value = new BigDecimal(cleaned);
                if (value.signum() < 0 || value.scale() > 4 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                    return Outcome.error("Enter a price per share between $0 and $1,000,000, e.g. $12.50.");
                }
                return Outcome.of(value.stripTrailingZeros());
            } catch (NumberFormatException e) {
                return Outcome.error("\"" + text.strip() + "\" is not a price. Type it like $12.50.");
            }
        };
    }
}
