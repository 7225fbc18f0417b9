package com.counteroffer.cli;

import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.input.Amounts;
import com.counteroffer.domain.input.GrowthRates;
import com.counteroffer.domain.input.Numbers;
import com.counteroffer.domain.input.Parsed;
import com.counteroffer.domain.input.Percents;
import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.money.AmountParser;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The options' values, read by the same parsers as the window's forms and the import files; a
 * bad value ends the command with exit code 2 and a message naming the option.
 */
final class CliInputs {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long MAX_COMPANY_VALUE = 10_000_000_000_000L;

    private CliInputs() {
    }

    static long amount(String option, String text) {
        return value(option, Amounts.parse(text, AmountParser.MAX_AMOUNT, true));
    }

    /** How to value options and private stock: 409a, preferred, exit or scenarios. */
    static com.counteroffer.domain.offer.ValuationBasis valuation(String option, String text) {
        return com.counteroffer.domain.offer.ValuationBasis.fromId(text).orElseThrow(() -> new BadInputException(option
                + ": expected 409a, preferred, exit or scenarios, not " + text));
    }

    /** A company's value at an exit, in dollars: 750m, $750,000,000 (the offer format's limit, $10 trillion). */
    static long companyValue(String option, String text) {
        return value(option, Amounts.parse(text, MAX_COMPANY_VALUE, true));
    }

    /** A yearly stock growth typed as a percent: 15, 15% or −30 (15 means 15 %). Returned as a fraction. */
    static BigDecimal growth(String option, String text) {
        return value(option, GrowthRates.parse(text, true));
    }

    /** A percent from 0 to 100 returned as a fraction: 75 or 75% → 0.75. */
    static BigDecimal share(String option, String text, String what) {
        return value(option, Percents.parse(text, BigDecimal.ZERO, HUNDRED, true, what)).divide(HUNDRED,
                MathContext.DECIMAL64);
    }

    static BigDecimal percent(String option, String text, BigDecimal min, BigDecimal max, String what) {
        return value(option, Percents.parse(text, min, max, true, what));
    }

    static int years(String option, String text) {
        return value(option, Numbers.whole(text, 1, ProjectionSettings.MAX_YEARS, true, "number of years"));
    }

    /** An age in whole years, as the tax engine accepts it. */
    static int age(String option, String text) {
        return value(option, Numbers.whole(text, com.counteroffer.domain.tax.TaxInput.MIN_AGE,
                com.counteroffer.domain.tax.TaxInput.MAX_AGE, true, "age at the end of the tax year"));
    }

    /** Text an option gives (null: not given), held to the text rules for its kind, as forms and files hold it. */
    static String text(String option, String text, TextRules.Kind kind) {
        String problem = TextRules.problem(text, kind);
        if (problem != null) {
            throw new BadInputException(option + ": " + problem);
        }
        return text;
    }

    private static <T> T value(String option, Parsed<T> parsed) {
        if (!parsed.ok()) {
            throw new BadInputException(option + ": " + parsed.error());
        }
        return parsed.value();
    }
}
