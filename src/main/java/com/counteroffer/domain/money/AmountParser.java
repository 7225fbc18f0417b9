package com.counteroffer.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dollar amounts the way people type them: {@code $185,000}, {@code 185000}, {@code 185k},
 * {@code 1.2m}. Cents are rounded to whole dollars, which is all a salary form needs.
 */
public final class AmountParser {

    public static final long MAX_AMOUNT = 10_000_000L;
    private static final Pattern AMOUNT = Pattern.compile(
            "^\\$?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)\\s*([km])?$");

    private AmountParser() {
    }

    /** The outcome: a whole-dollar amount, or a message saying what to type instead. */
    public record Result(Long dollars, String error) {
        public boolean ok() {
            return error == null;
        }

        static Result of(long dollars) {
            return new Result(dollars, null);
        }

        static Result error(String message) {
            return new Result(null, message);
        }
    }

    /** Parses an amount between 0 and {@code max}; blank input is an error here (see {@link #parseOptional}). */
    public static Result parse(String text, long max) {
        if (text == null || text.isBlank()) {
            return Result.error("Enter an amount, e.g. $185,000 or 185k.");
        }
        String cleaned = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (cleaned.startsWith("-") || cleaned.startsWith("$-")) {
            return Result.error("The amount can't be negative.");
        }
        Matcher matcher = AMOUNT.matcher(cleaned);
        if (!matcher.matches()) {
            return Result.error("\"" + text.strip() + "\" is not an amount. Type it like $185,000, 185000 or 185k.");
        }
        BigDecimal value = new BigDecimal(matcher.group(1).replace(",", ""));
        String suffix = matcher.group(2);
        if ("k".equals(suffix)) {
            value = value.multiply(BigDecimal.valueOf(1_000));
        } else if ("m".equals(suffix)) {
            value = value.multiply(BigDecimal.valueOf(1_000_000));
        }
        BigDecimal dollars = value.setScale(0, RoundingMode.HALF_UP);
        if (dollars.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Result.error("That is more than " + Money.format(max) + ". Check the number of zeros.");
        }
        return Result.of(dollars.longValueExact());
    }

    /** Like {@link #parse} but blank means "not given" (a null amount, no error). */
    public static Result parseOptional(String text, long max) {
        if (text == null || text.isBlank()) {
            return new Result(null, null);
        }
        return parse(text, max);
    }
}
