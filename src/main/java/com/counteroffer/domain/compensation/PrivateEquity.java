package com.counteroffer.domain.compensation;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How an offer's options or private-company shares were valued, for the figures that show them.
 *
 * @param basis the valuation actually used (the one asked for, or the preferred price when an exit
 *     couldn't be worked out; the assumptions say why)
 * @param options true for stock options, false for a private company's RSUs or units
 * @param units options or shares granted
 * @param strike the options' strike; null for shares
 * @param perUnit what one option (price − strike, never below 0) or share is worth at today's price
 * @param worstPerUnit one option or share in the worst outcome (the same as perUnit with one outcome)
 * @param medianPerUnit one option or share in the median outcome
 * @param bestPerUnit one option or share in the best outcome
 * @param pricePerShare the common share's price behind perUnit (expected over scenarios)
 * @param convention how the value was worked out, in one or two sentences
 * @param assumptions what was assumed because the offer didn't say
 * @param liquidity when the shares can be sold
 */
public record PrivateEquity(ValuationBasis basis, boolean options, long units, BigDecimal strike, BigDecimal perUnit,
                            BigDecimal worstPerUnit, BigDecimal medianPerUnit, BigDecimal bestPerUnit,
                            BigDecimal pricePerShare, String convention, List<String> assumptions,
                            Liquidity.Kind liquidity) {

    public PrivateEquity {
        assumptions = List.copyOf(assumptions);
    }

    /** The whole grant at today's price: units × perUnit. */
    public BigDecimal grantValue() {
        return perUnit.multiply(BigDecimal.valueOf(units));
    }

    /** "options" or "shares", for sentences. */
    public String unitWord() {
        return options ? "options" : "shares";
    }

    /** Whether there is more than one outcome, so worst, median and best differ from the expected value. */
    public boolean hasRange() {
        return worstPerUnit.compareTo(bestPerUnit) != 0;
    }

    /**
     * Which valuation, in words that follow a figure: "at the 409A price of $4.00", "at the preferred
     * price of $12.00", "at the exit you chose ($9.10 a share)", "as the expected value over exit scenarios".
     */
    public String atWords() {
        return switch (basis) {
            case FAIR_MARKET_VALUE -> "at the 409A price of " + Money.sharePrice(pricePerShare);
            case PREFERRED -> "at the preferred price of " + Money.sharePrice(pricePerShare);
            case EXIT -> "at the exit you chose (" + Money.sharePrice(pricePerShare) + " a share)";
            case SCENARIOS -> "as the expected value over exit scenarios";
        };
    }

}
