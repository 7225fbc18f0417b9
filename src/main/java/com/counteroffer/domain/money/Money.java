package com.counteroffer.domain.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whole-dollar display formatting, the one place the app turns amounts into text. */
public final class Money {

    /** Every figure {@link #format} and {@link #compact} write: -$1,250,000, $185k, $1.25M, with a trailing + or not. */
    private static final Pattern FIGURE = Pattern.compile("[-−~]?\\$\\d+(?:,\\d{3})*(?:\\.\\d+)?[kM]?\\+?");

    private Money() {
    }

    /** What {@link #plain} writes for amounts of a thousand or more: 260,000 (formulas). */
    private static final Pattern PLAIN = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b");

    /** A sentence written with this class's figures, each figure replaced (privacy mode). */
    public static String hideFigures(String sentence, String replacement) {
        String hidden = FIGURE.matcher(sentence).replaceAll(Matcher.quoteReplacement(replacement));
        return PLAIN.matcher(hidden).replaceAll(Matcher.quoteReplacement(replacement.replace("$", "")));
    }

    /** {@code 185000} → {@code $185,000}; negative amounts get a leading minus. */
    public static String format(long dollars) {
        return (dollars < 0 ? "-$" : "$") + grouped(Math.abs(dollars));
    }

    /**
     * Dollars to the cent, cents shown only when there are any: {@code 1234} → {@code $1,234},
     * {@code 1234.5} → {@code $1,234.50}.
     */
    public static String format(BigDecimal dollars) {
        BigDecimal cents = dollars.setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal abs = cents.abs();
        long whole = abs.longValue();
        int fraction = abs.subtract(BigDecimal.valueOf(whole)).movePointRight(2).intValue();
        String sign = cents.signum() < 0 ? "-$" : "$";
        return sign + grouped(whole) + (fraction == 0 ? "" : (fraction < 10 ? ".0" : ".") + fraction);
    }

    /** Digits in groups of three, US style, without NumberFormat (called in the tax engine's inner loop). */
    private static String grouped(long abs) {
        String digits = Long.toString(abs);
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text.toString();
    }

    /** A price per share with cents: {@code 12} → {@code $12.00}, {@code 1234.5} → {@code $1,234.50}. */
    public static String sharePrice(BigDecimal price) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(Locale.US));
        return "$" + format.format(price.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** {@code 185000} → {@code 185,000}, for editable fields. */
    public static String plain(long dollars) {
        return (dollars < 0 ? "-" : "") + grouped(Math.abs(dollars));
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
