package com.counteroffer.domain.compensation;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.equity.CompanyFacts;
import com.counteroffer.domain.equity.ShareValue;
import com.counteroffer.domain.equity.ShareValues;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Values an offer's initial grant: a public company's RSUs at the grant price, options and a private
 * company's shares at the price of a common share under the chosen valuation ({@link ShareValues}).
 * Built once per projection, since a share value under exit scenarios runs a waterfall per scenario.
 */
final class GrantPricing {

    private static final GrantPricing NONE = new GrantPricing(null, null, null);

    private final Equity equity;
    private final ShareValue share;
    private final PrivateEquity summary;

    private GrantPricing(Equity equity, ShareValue share, PrivateEquity summary) {
        this.equity = equity;
        this.share = share;
        this.summary = summary;
    }

    /** @param override the valuation for every offer, or null for the offer's own saved choice */
    static GrantPricing of(Equity equity, ValuationBasis override) {
        if (equity == null) {
            return NONE;
        }
        if (equity instanceof RsuGrant rsu && !rsu.isPrivate()) {
            return new GrantPricing(equity, null, null);
        }
        ShareValue share = ShareValues.of(equity, override);
        return new GrantPricing(equity, share, summary(equity, share));
    }

    /** The price of a common share behind the value; null for no grant or a public company's RSUs. */
    ShareValue share() {
        return share;
    }

    /**
     * What a private company's refresher dollar is worth under the valuation: the chosen share value ÷
     * today's price (the preferred, round price), expected over outcomes for scenarios; 1 for a public
     * company, or when today's price isn't known.
     */
    BigDecimal refresherRatio() {
        if (share == null) {
            return BigDecimal.ONE;
        }
        BigDecimal today = CompanyFacts.of(equity).preferredPrice();
        if (today == null || today.signum() <= 0) {
            return BigDecimal.ONE;
        }
        return share.expectedPrice().divide(today, MathContext.DECIMAL128);
    }

    /** False when the share value is an exit's, which already is the end value and isn't grown. */
    boolean followsStockGrowth() {
        return share == null || share.followsStockGrowth();
    }

    /** The options' or private shares' valuation; null for no grant or a public company's RSUs. */
    PrivateEquity summary() {
        return summary;
    }

    /** The value of {@code percent} of the grant when the price is {@code priceFactor} × the start price. */
    BigDecimal valueAt(BigDecimal percent, BigDecimal priceFactor) {
        if (equity == null) {
            return BigDecimal.ZERO;
        }
        if (share == null) {
            return ((RsuGrant) equity).value().multiply(percent).movePointLeft(2).multiply(priceFactor);
        }
        BigDecimal perUnit = equity instanceof OptionGrant options ? share.perOption(options.strike(), priceFactor)
                : share.perShare(priceFactor);
        return perUnit.multiply(BigDecimal.valueOf(equity.shareCount())).multiply(percent).movePointLeft(2);
    }

    /** Sentences for the projection's conventions: how the grant was valued and what was assumed. */
    List<String> conventions(boolean growth) {
        if (summary == null) {
            return List.of();
        }
        List<String> sentences = new ArrayList<>();
        String what = summary.options() ? "Options: " : "Private-company shares: ";
        sentences.add(what + share.convention() + (summary.options() ? " Each option is worth that price minus the"
                + " strike of " + Money.sharePrice(summary.strike()) + ", never below 0"
                + (share.outcomes().size() > 1 ? ", outcome by outcome." : ".") : ""));
        if (summary.hasRange()) {
            sentences.add("Range per " + (summary.options() ? "option" : "share") + ": worst "
                    + Money.sharePrice(summary.worstPerUnit()) + " (" + share.worst().name() + "), median "
                    + Money.sharePrice(summary.medianPerUnit()) + " (" + share.median().name() + "), best "
                    + Money.sharePrice(summary.bestPerUnit()) + " (" + share.best().name() + "); private"
                    + " stock can end worth nothing, so the lower bound is $0.");
        }
        if (growth) {
            sentences.add(share.followsStockGrowth()
                    ? "Stock growth moves the " + (share.basis() == ValuationBasis.FAIR_MARKET_VALUE ? "409A" : "preferred")
                            + " price used for the private equity, as it would the grant price."
                    : "Stock growth is not applied to an exit value: an exit already is the end value.");
        }
        for (String assumption : share.assumptions()) {
            sentences.add("Assumption: " + assumption);
        }
        return sentences;
    }

    private static PrivateEquity summary(Equity equity, ShareValue share) {
        BigDecimal strike = equity instanceof OptionGrant options ? options.strike() : null;
        return new PrivateEquity(share.basis(), strike != null, equity.shareCount(), strike,
                perUnit(share, strike),
                perUnit(share.worst().pricePerShare(), strike), perUnit(share.median().pricePerShare(), strike),
                perUnit(share.best().pricePerShare(), strike), share.perShare(BigDecimal.ONE), share.convention(),
                share.assumptions(), equity.company().liquidity().kind());
    }

    /** One option or share today: weighed outcome by outcome, so an option below its strike in one counts 0. */
    private static BigDecimal perUnit(ShareValue share, BigDecimal strike) {
        return strike == null ? share.perShare(BigDecimal.ONE) : share.perOption(strike, BigDecimal.ONE);
    }

    private static BigDecimal perUnit(BigDecimal price, BigDecimal strike) {
        return strike == null ? price : price.subtract(strike).max(BigDecimal.ZERO);
    }
}
