package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.money.Money;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The few ways the plan writes numbers, kept alike across rules, talking points and scripts. */
final class PlanText {

    private PlanText() {
    }

    static String money(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }

    static String money(long amount) {
        return Money.format(amount);
    }

    /** 0.75 → "75 %"; 0.125 → "12.5 %". */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** "$220,000 – $350,000+". */
    static String range(LevelBand band) {
        return money(band.min()) + " – " + money(band.max()) + (band.openTop() ? "+" : "");
    }

    /** Upper-cases the first letter, to start a sentence with a phrase. */
    static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Lower-cases the first letter unless it starts an acronym ("AI-skill" stays). */
    static String lowerFirst(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A citation in brackets, as a paper writes one: "(IZA World of Labor, n.d.)", "(State Department,
     * 2025)", "(2024)". Evidence stays in the plan; a sentence for the employer carries none.
     */
    private static final Pattern CITATION = Pattern.compile(
            "\\s*\\((?:[^()]*?,\\s*)?(?:n\\.\\s?d\\.?|(?:19|20)\\d{2}[a-z]?)\\)");

    /** The text with every bracketed citation taken out. */
    static String withoutCitations(String text) {
        return CITATION.matcher(text).replaceAll("");
    }

    /** Drops a trailing full stop so a sentence can be built around the text. */
    static String withoutFullStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
