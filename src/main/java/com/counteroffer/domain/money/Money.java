package com.counteroffer.domain.money;

import java.text.NumberFormat;
import java.util.Locale;

/** Whole-dollar display formatting, the one place the app turns amounts into text. */
public final class Money {

    private Money() {
    }

    /** {@code 185000} → {@code $185,000}; negative amounts get a leading minus. */
    public static String format(long dollars) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
        return (dollars < 0 ? "-$" : "$") + format.format(Math.abs(dollars));
    }

    /** {@code 185000} → {@code 185,000}, for editable fields. */
    public static String plain(long dollars) {
        return NumberFormat.getIntegerInstance(Locale.US).format(dollars);
    }

    /** {@code 185000} → {@code $185k}; {@code 1250000} → {@code $1.25M}, for chart labels. */
    public static String compact(long dollars) {
        long abs = Math.abs(dollars);
        String sign = dollars < 0 ? "-" : "";
        if (abs >= 1_000_000) {
            return sign + "$" + trim(abs / 1_000_000.0) + "M";
        }
        if (abs >= 1_000) {
            return sign + "$" + trim(abs / 1_000.0) + "k";
        }
        return sign + "$" + abs;
    }

    private static String trim(double value) {
        String text = String.format(Locale.US, "%.2f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
