package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The whole grant under a valuation basis: options net of strike (max(0, price − strike) × shares,
 * outcome by outcome), shares × price otherwise. Before any stock growth and before tax.
 *
 * @param expected Σ probability × the grant's value in each outcome
 * @param worst the outcome where the grant is worth least (equal to the others with one outcome)
 * @param median the outcome where the probability, counted from the least up, first reaches one half
 * @param best the outcome where the grant is worth most
 * @param lowerBound Carta's counsel that the lower bound is $0 and that an expected value is not what
 *     one will get, with its source, shown beside the range and the expected value
 */
public record GrantValue(ValuationBasis basis, BigDecimal expected, Outcome worst, Outcome median, Outcome best,
                         String lowerBound) {

    /**
     * Carta's counsel on startup equity, with its source (docs/reference-data.md §2b): both its $0 lower
     * bound and its caution against an expected value, since the expected value is shown beside it.
     */
    public static final String LOWER_BOUND = "The lower bound is $0: private-company equity may never be worth"
            + " anything. Carta's own offer letter calls $0 the lower bound and the default value of an option grant,"
            + " and advises against an expected-value calculation, since one company's chances are unknown: don't"
            + " treat an expected value as what you'll get (Carta, \"A better offer letter\", 2016).";

    /** The grant of {@code shares} under {@code value}; {@code strike} null for shares, given for options. */
    static GrantValue of(ShareValue value, long shares, BigDecimal strike) {
        BigDecimal count = BigDecimal.valueOf(shares);
        Function<ShareOutcome, Outcome> grant = outcome -> {
            BigDecimal perShare = strike == null ? outcome.pricePerShare()
                    : outcome.pricePerShare().subtract(strike).max(BigDecimal.ZERO);
            return new Outcome(outcome.name(), outcome.companyValue(), outcome.pricePerShare(), outcome.probability(),
                    perShare.multiply(count));
        };
        BigDecimal expected = (strike == null ? value.expectedPrice() : value.perOption(strike, BigDecimal.ONE))
                .multiply(count);
        // The grant's value rises with the share price, so the share's worst, median and best are the grant's.
        return new GrantValue(value.basis(), expected, grant.apply(value.worst()), grant.apply(value.median()),
                grant.apply(value.best()), LOWER_BOUND);
    }

    /**
     * @param companyValue the company's value at the exit, or null when valued per share
     * @param pricePerShare one common share in this outcome
     * @param probability a fraction; 1 when the basis has one outcome
     * @param grantValue the whole grant in this outcome (net of strike for options)
     */
    public record Outcome(String name, BigDecimal companyValue, BigDecimal pricePerShare, BigDecimal probability,
                          BigDecimal grantValue) {
    }
}
