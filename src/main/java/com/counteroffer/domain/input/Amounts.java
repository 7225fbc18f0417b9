package com.counteroffer.domain.input;

import com.counteroffer.domain.money.AmountParser;

/** Dollar amounts ({@code $185,000}, {@code 185000}, {@code 185k}, {@code 1.2m}) as {@link Parsed} values. */
public final class Amounts {

    private Amounts() {
    }

    /** Whole dollars from 0 to {@code max}; blank is an error when {@code required}, else a null value. */
    public static Parsed<Long> parse(String text, long max, boolean required) {
        AmountParser.Result result = required ? AmountParser.parse(text, max) : AmountParser.parseOptional(text, max);
        return result.ok() ? Parsed.of(result.dollars()) : Parsed.error(result.error());
    }
}
