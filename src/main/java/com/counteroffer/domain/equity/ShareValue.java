package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * What one common share of a private company is worth under a valuation basis: one outcome (409A,
 * preferred, a chosen exit) or several weighed by probability (exit scenarios).
 *
 * @param followsStockGrowth true for today's prices (409A, preferred), which the projection's stock
 *     growth moves; false for exit values, which already are the end value
 * @param assumptions what was assumed because the offer didn't say, in plain words
 * @param convention one sentence saying how the price was worked out, shown with the figures
 */
public record ShareValue(ValuationBasis basis, List<ShareOutcome> outcomes, boolean followsStockGrowth,
                         List<String> assumptions, String convention) {

    public ShareValue {
        outcomes = List.copyOf(outcomes);
        assumptions = List.copyOf(assumptions);
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("a share value needs at least one outcome");
        }
    }

    /** Σ probability × price. */
    public BigDecimal expectedPrice() {
        return outcomes.stream().map(o -> o.pricePerShare().multiply(o.probability()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One share at {@code priceFactor} × today's price (ignored for exit values), weighed over outcomes. */
    public BigDecimal perShare(BigDecimal priceFactor) {
        BigDecimal factor = followsStockGrowth ? priceFactor : BigDecimal.ONE;
        return expectedPrice().multiply(factor);
    }

    /**
     * One option: Σ probability × max(0, price × factor − strike). Taken outcome by outcome, since an
     * option is worth nothing in the outcomes below its strike whatever the average says.
     */
    public BigDecimal perOption(BigDecimal strike, BigDecimal priceFactor) {
        BigDecimal factor = followsStockGrowth ? priceFactor : BigDecimal.ONE;
        return outcomes.stream()
                .map(o -> o.pricePerShare().multiply(factor).subtract(strike).max(BigDecimal.ZERO)
                        .multiply(o.probability()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The possible outcome with the lowest price per share. */
    public ShareOutcome worst() {
        return possible().stream().min(Comparator.comparing(ShareOutcome::pricePerShare)).orElseThrow();
    }

    /** The possible outcome with the highest price per share. */
    public ShareOutcome best() {
        return possible().stream().max(Comparator.comparing(ShareOutcome::pricePerShare)).orElseThrow();
    }

    /** The outcome where the probability, counted from the lowest price up, first reaches one half. */
    public ShareOutcome median() {
        List<ShareOutcome> sorted = possible().stream().sorted(Comparator.comparing(ShareOutcome::pricePerShare))
                .toList();
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal running = BigDecimal.ZERO;
        for (ShareOutcome outcome : sorted) {
            running = running.add(outcome.probability());
            if (running.compareTo(half) >= 0) {
                return outcome;
            }
        }
        return sorted.get(sorted.size() - 1);
    }

    /**
     * The outcomes with a chance above 0: a scenario typed at 0 % can't be the worst or the best. All of
     * them when none has a chance (the analysis refuses such scenarios before they get here).
     */
    private List<ShareOutcome> possible() {
        List<ShareOutcome> possible = outcomes.stream().filter(o -> o.probability().signum() > 0).toList();
        return possible.isEmpty() ? outcomes : possible;
    }
}
