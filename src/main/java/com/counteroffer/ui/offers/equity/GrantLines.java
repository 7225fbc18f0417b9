package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.compensation.WholeDollars;
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

    /** The convention, then each outcome's sum, then the expected value when there are several. */
    static List<String> of(GrantFigures figures) {
        List<String> lines = new ArrayList<>();
        lines.add(figures.convention());
        boolean several = figures.outcomes().size() > 1;
        for (GrantFigures.Outcome outcome : figures.outcomes()) {
            lines.add(outcome(figures, outcome, several));
        }
        if (several) {
            lines.add("Expected value = Σ probability × grant value = " + money(figures.expected())
                    + "; the median is the outcome where the probabilities, counted from the lowest, reach 50 %.");
        }
        return lines;
    }

    /** "Strong exit, 10 %: exit $6,000,000,000 → $38.40 a share; ($38.40 − $4.00 strike) × 60,000 options = $2,064,000." */
    private static String outcome(GrantFigures figures, GrantFigures.Outcome outcome, boolean several) {
        StringBuilder line = new StringBuilder();
        if (several) {
            line.append(outcome.name()).append(", ").append(percent(outcome.probability())).append(": ");
        }
        if (outcome.companyValue() != null) {
            line.append("exit ").append(money(outcome.companyValue())).append(" → ")
                    .append(sharePrice(outcome.pricePerShare())).append(" a share; ");
        }
        String count = Money.plain(figures.shares());
        if (figures.options()) {
            boolean below = outcome.pricePerShare().compareTo(figures.strike()) <= 0;
            line.append('(').append(sharePrice(outcome.pricePerShare())).append(" − ")
                    .append(sharePrice(figures.strike())).append(" strike").append(below ? ", so nothing" : "")
                    .append(") × ").append(count).append(" options");
        } else {
            line.append(sharePrice(outcome.pricePerShare())).append(" × ").append(count).append(" shares");
        }
        return line.append(" = ").append(money(outcome.grantValue())).append('.').toString();
    }

    /** $12.00: a price per share, to the cent. */
    static String sharePrice(BigDecimal price) {
        return "$" + price.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }

    /** A fraction as a percent: 0.6 → "60 %". */
    static String percent(BigDecimal fraction) {
        return Percents.format(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + " %";
    }
}
