package com.counteroffer.cli;

import com.counteroffer.domain.money.AmountParser;

/** Dollar amounts given on the command line, read exactly as the app's forms read them. */
final class CliAmounts {

    private CliAmounts() {
    }

    /** Parses {@code text} for {@code option}; a bad amount ends the command with exit code 2. */
    static long parse(String option, String text) {
        AmountParser.Result result = AmountParser.parse(text, AmountParser.MAX_AMOUNT);
        if (!result.ok()) {
            throw new BadInputException(option + ": " + result.error());
        }
        return result.dollars();
    }
}
