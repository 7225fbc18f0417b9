package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.GrantValue;
import com.counteroffer.domain.input.Percents;
import com.counteroffer.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic behind a grant's figures, line by line, as the "How this is worked out" part shows
 * it. Amounts are written with {@link Money}, so privacy mode can hide them as prose.
 */
final class GrantLines {

    private GrantLines() {
    }

    /** One outcome as the lines show it. */
    private record Outcome(String name, BigDecimal companyValue, BigDecimal pricePerShare, BigDecimal probability,
                           BigDecimal grantValue) {
    }

    /** The convention, then each outcome's sum, then the expected value when there are several. */
    static List<String> of(EquityAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        lines.add(analysis.shareValue().convention());
        List<Outcome> outcomes = outcomes(analysis);
        boolean several = outcomes.size() > 1;
        BigDecimal strike = analysis.exercise() == null ? null : analysis.exercise().strike();
        for (Outcome outcome : outcomes) {
            lines.add(line(outcome, strike, analysis.shares(), several));
        }
        if (several) {
            lines.add("Expected value = Σ probability × grant value = " + money(analysis.grantValue().expected())
                    + "; the median is the outcome where the probabilities, counted from the lowest, reach 50 %.");
        }
        return lines;
    }

    /** The scenarios through the waterfall when valued over them; else the one outcome of the basis. */
    private static List<Outcome> outcomes(EquityAnalysis analysis) {
        if (analysis.shareValue().outcomes().size() > 1) {
            return analysis.scenarios().stream().map(s -> new Outcome(s.name(), s.companyValue(), s.perCommonShare(),
                    s.probability(), s.grantPayout())).toList();
        }
        GrantValue.Outcome only = analysis.grantValue().best();
        return List.of(new Outcome(only.name(), only.companyValue(), only.pricePerShare(), only.probability(),
                only.grantValue()));
    }

    /** "Strong exit, 10 %: exit $6,000,000,000 → $38.40 a share; ($38.40 − $4.00 strike) × 60,000 options = $2,064,000." */
    private static String line(Outcome outcome, BigDecimal strike, long shares, boolean several) {
        StringBuilder line = new StringBuilder();
        if (several) {
            line.append(outcome.name()).append(", ").append(percent(outcome.probability())).append(": ");
        }
        if (outcome.companyValue() != null) {
            line.append("exit ").append(money(outcome.companyValue())).append(" → ")
                    .append(Money.sharePrice(outcome.pricePerShare())).append(" a share; ");
        }
        String count = Money.plain(shares);
        if (strike != null) {
            boolean below = outcome.pricePerShare().compareTo(strike) <= 0;
            line.append('(').append(Money.sharePrice(outcome.pricePerShare())).append(" − ")
                    .append(Money.sharePrice(strike)).append(" strike").append(below ? ", so nothing" : "")
                    .append(") × ").append(count).append(" options");
        } else {
            line.append(Money.sharePrice(outcome.pricePerShare())).append(" × ").append(count).append(" shares");
        }
        return line.append(" = ").append(money(outcome.grantValue())).append('.').toString();
    }

    /** $12.00, $1,125.00: a price per share, to the cent. */
    static String money(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }

    /** A fraction as a percent: 0.6 → "60 %". */
    static String percent(BigDecimal fraction) {
        return Percents.format(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + " %";
    }
}
