package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.equity.ShareOutcome;
import com.counteroffer.domain.equity.ShareValue;
import com.counteroffer.domain.equity.ShareValues;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The whole grant under one valuation basis, outcome by outcome: options net of the strike
 * (max(0, price − strike) × options), shares × price otherwise; before stock growth and tax.
 *
 * @param basis the basis the figures use (the preferred price when the chosen one can't be worked out)
 * @param convention how the price per share was worked out, in one sentence
 * @param assumptions what was assumed because the offer didn't say
 */
public record GrantFigures(ValuationBasis basis, List<Outcome> outcomes, BigDecimal strike, long shares,
                           String convention, List<String> assumptions) {

    public GrantFigures {
        outcomes = List.copyOf(outcomes);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * @param companyValue the company's value at the exit, or null when valued per share
     * @param probability a fraction; 1 with a single outcome
     */
    public record Outcome(String name, BigDecimal companyValue, BigDecimal pricePerShare, BigDecimal probability,
                          BigDecimal grantValue) {
    }

    /** The grant of {@code equity} (options or private shares) under {@code basis}, or its own basis when null. */
    static GrantFigures of(Equity equity, ValuationBasis basis) {
        ShareValue value = ShareValues.of(equity, basis);
        BigDecimal strike = equity instanceof OptionGrant options ? options.strike() : null;
        BigDecimal shares = BigDecimal.valueOf(equity.shareCount());
        List<Outcome> outcomes = value.outcomes().stream().map(o -> new Outcome(o.name(), o.companyValue(),
                o.pricePerShare(), o.probability(), grantValue(o, strike, shares))).toList();
        return new GrantFigures(value.basis(), outcomes, strike, equity.shareCount(), value.convention(),
                value.assumptions());
    }

    private static BigDecimal grantValue(ShareOutcome outcome, BigDecimal strike, BigDecimal shares) {
        BigDecimal perShare = strike == null ? outcome.pricePerShare()
                : outcome.pricePerShare().subtract(strike).max(BigDecimal.ZERO);
        return perShare.multiply(shares);
    }

    /** Σ probability × the grant's value in each outcome. */
    public BigDecimal expected() {
        return outcomes.stream().map(o -> o.grantValue().multiply(o.probability()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Outcome worst() {
        return outcomes.stream().min(Comparator.comparing(Outcome::grantValue)).orElseThrow();
    }

    public Outcome best() {
        return outcomes.stream().max(Comparator.comparing(Outcome::grantValue)).orElseThrow();
    }

    /** The outcome where the probability, counted from the least valuable up, first reaches one half. */
    public Outcome median() {
        List<Outcome> sorted = outcomes.stream().sorted(Comparator.comparing(Outcome::grantValue)).toList();
        BigDecimal running = BigDecimal.ZERO;
        for (Outcome outcome : sorted) {
            running = running.add(outcome.probability());
            if (running.compareTo(new BigDecimal("0.5")) >= 0) {
                return outcome;
            }
        }
        return sorted.get(sorted.size() - 1);
    }

    /** True for options, whose value is the price less the strike. */
    public boolean options() {
        return strike != null;
    }
}
