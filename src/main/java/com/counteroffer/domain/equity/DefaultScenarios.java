package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.ExitScenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The exit scenarios shipped as a starting point, as multiples of the company's latest valuation
 * (docs/reference-data.md §2b). An assumption: the user edits them per offer.
 */
final class DefaultScenarios {

    static final String LABEL = "The exit scenarios are the shipped defaults (an assumption; edit them): fails 60 %,"
            + " sells at today's valuation 30 %, sells at 5× today's valuation 10 %.";

    private DefaultScenarios() {
    }

    static List<ExitScenario> at(BigDecimal postMoney) {
        return List.of(
                scenario("Fails", postMoney, "0", 60),
                scenario("Modest acquisition", postMoney, "1", 30),
                scenario("Strong exit", postMoney, "5", 10));
    }

    private static ExitScenario scenario(String name, BigDecimal postMoney, String multiple, int percent) {
        long value = postMoney.multiply(new BigDecimal(multiple)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new ExitScenario(name, value, BigDecimal.valueOf(percent));
    }
}
