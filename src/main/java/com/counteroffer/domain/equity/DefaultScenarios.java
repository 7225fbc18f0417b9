package com.counteroffer.domain.equity;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.ExitScenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The exit scenarios shipped as a starting point, as multiples of the company's latest valuation,
 * shaped on Correlation Ventures' distribution of US venture financings' outcomes (docs/reference-data.md
 * §2b): 65 % returned less than 1×, 10 % 5× or more, 4 % 10× or more. An assumption: the user edits
 * them per offer.
 */
final class DefaultScenarios {

    static final String LABEL = "The exit scenarios are the shipped defaults, an assumption shaped on Correlation"
            + " Ventures' outcomes of US venture financings 2004–2013 (65 % returned less than 1×, 10 % 5× or more,"
            + " 4 % 10× or more): fails 65 %, sells at 2× today's valuation 25 %, at 5× 6 %, at 10× 4 %. Edit them.";

    static final String VALUATION_TOO_HIGH = "the company's valuation (given, or the preferred price × the fully"
            + " diluted shares) must be at most " + Money.format(PrivateTerms.MAX_COMPANY_VALUE)
            + " for the default exit scenarios";

    private DefaultScenarios() {
    }

    /** @throws IllegalArgumentException for a valuation above the limit on a company's value */
    static List<ExitScenario> at(BigDecimal postMoney) {
        if (!valuable(postMoney)) {
            throw new IllegalArgumentException(VALUATION_TOO_HIGH);
        }
        // Each of Correlation's bands at a round multiple inside it: below 1× as a failure (preferences take
        // what is left), 1–5× at 2× (about the band's geometric middle), 5–10× at its lower edge 5×, 10× and
        // more at its lower edge 10× (the tail above is left out, which keeps the expected value modest).
        return List.of(
                scenario("Fails", postMoney, "0", 65),
                scenario("Modest acquisition", postMoney, "2", 25),
                scenario("Strong exit", postMoney, "5", 6),
                scenario("Outlier", postMoney, "10", 4));
    }

    /** True when 10× the valuation is still a company value the engine takes. */
    static boolean valuable(BigDecimal postMoney) {
        return postMoney.compareTo(BigDecimal.valueOf(PrivateTerms.MAX_COMPANY_VALUE)) <= 0;
    }

    private static ExitScenario scenario(String name, BigDecimal postMoney, String multiple, int percent) {
        long value = postMoney.multiply(new BigDecimal(multiple)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new ExitScenario(name, value, BigDecimal.valueOf(percent));
    }
}
