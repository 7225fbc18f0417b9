package com.counteroffer.domain.input;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages as people type them: {@code 15}, {@code 15%}, {@code 15 %}, {@code +15}, {@code −12.5}
 * (a typographic minus too). The number is always the percent itself: 15 means 15 %, never 1,500 %,
 * and 0.15 means 0.15 %. Every form, file and command that asks for a percent reads it here.
 */
public final class Percents {

    private static final Pattern PERCENT = Pattern.compile("^([+-]?)(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*%?$");

    private Percents() {
    }

    /**
     * A percent between {@code min} and {@code max} (inclusive), returned as the percent number
     * (15 for 15 %). Blank is an error when {@code required}, else a null value.
     *
     * @param what what the number is, for the messages, e.g. "target bonus"
     */
    public static Parsed<BigDecimal> parse(String text, BigDecimal min, BigDecimal max, boolean required, String what) {
        if (text == null || text.isBlank()) {
            return required ? Parsed.error("Enter the " + what + " as a percent, e.g. " + example(min, max) + ".")
                    : Parsed.of(null);
        }
        String cleaned = text.strip().replace('−', '-').replace('–', '-').replace(",", "");
        Matcher matcher = PERCENT.matcher(cleaned);
        if (!matcher.matches()) {
            return Parsed.error("\"" + text.strip() + "\" is not a percent. Type it like " + example(min, max)
                    + " or " + example(min, max) + "%.");
        }
        BigDecimal value = new BigDecimal(matcher.group(2));
        if ("-".equals(matcher.group(1))) {
            value = value.negate();
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return Parsed.error("The " + what + " must be between " + format(min) + " % and " + format(max) + " %.");
        }
        return Parsed.of(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
    }

    /** A percent number as it is typed back into a field: 15, 12.5, −30. */
    public static String format(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        String plain = percent.stripTrailingZeros().toPlainString();
        return plain.startsWith("-") ? "−" + plain.substring(1) : plain;
    }

    private static String example(BigDecimal min, BigDecimal max) {
        BigDecimal fifteen = BigDecimal.valueOf(15);
        return fifteen.compareTo(min) >= 0 && fifteen.compareTo(max) <= 0 ? "15" : format(max);
    }
}
