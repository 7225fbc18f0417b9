package com.counteroffer.ui.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts inside text a user typed (session notes), which no formatter drew: "$77,771", "77771",
 * "77.8k", "$1.2M", "USD 90,000". Years and small counts ("2026", "8 GPUs") are not amounts and stay.
 * Only for free text: every figure the app computes is formatted by {@link Privacy} instead.
 */
final class TypedAmounts {

    /** A dollar sign, a k/M suffix, thousands separators or five digits or more make a number an amount. */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:[-−~+]?(?:\\$|USD\\s?)\\s?\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s?[kKmM]\\b)?)"
                    + "|(?:\\b\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s?[kKmM]\\b)"
                    + "|(?:\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\b)"
                    + "|(?:\\b\\d{5,}\\b)");

    private TypedAmounts() {
    }

    static String hide(String text, String replacement) {
        return AMOUNT.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
