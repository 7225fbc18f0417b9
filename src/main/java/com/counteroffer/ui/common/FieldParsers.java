package com.counteroffer.ui.common;

import com.counteroffer.domain.input.Amounts;
import com.counteroffer.domain.input.Numbers;
import com.counteroffer.domain.input.Parsed;
import com.counteroffer.domain.input.Percents;
import java.math.BigDecimal;
import java.util.function.Function;

/** The domain's input parsers in the shape a {@link ValidatedField} takes. */
public final class FieldParsers {

    private FieldParsers() {
    }

    /** Whole dollars, {@code $185,000} / {@code 185k}; blank is an error when required, else null. */
    public static Function<String, Parsed<Long>> amount(boolean required, long max) {
        return text -> Amounts.parse(text, max, required);
    }

    /** A percentage such as {@code 15} or {@code 15%} between 0 and {@code max}; blank is null. */
    public static Function<String, Parsed<BigDecimal>> percent(BigDecimal max) {
        return percent(max, "percent");
    }

    /** The same, naming what the percent is in its messages. */
    public static Function<String, Parsed<BigDecimal>> percent(BigDecimal max, String what) {
        return text -> Percents.parse(text, BigDecimal.ZERO, max, false, what);
    }

    /** A percentage between {@code min} and {@code max}; blank is null. */
    public static Function<String, Parsed<BigDecimal>> percent(BigDecimal min, BigDecimal max, String what) {
        return text -> Percents.parse(text, min, max, false, what);
    }

    public static Function<String, Parsed<Integer>> wholeNumber(int min, int max, boolean required, String what) {
        return text -> Numbers.whole(text, min, max, required, what);
    }

    public static Function<String, Parsed<Long>> shares(boolean required) {
        return text -> Numbers.shares(text, required);
    }

    public static Function<String, Parsed<BigDecimal>> price(boolean required) {
        return text -> Numbers.price(text, required);
    }
}
