package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.RsuGrant;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What the offer says about the company's shares, gathered from options or private RSUs alike.
 *
 * @param fairMarketValue the 409A price per share, or null when not given
 * @param preferredPrice the latest round's price per share, given or implied (valuation ÷ fully diluted), or null
 * @param postMoney the company's latest valuation, given or implied (preferred × fully diluted), or null
 * @param fullyDiluted the fully diluted shares, given or implied (valuation ÷ preferred), or null
 */
public record CompanyFacts(BigDecimal fairMarketValue, BigDecimal preferredPrice, BigDecimal postMoney,
                           BigDecimal fullyDiluted) {

    static final MathContext DIVISION = MathContext.DECIMAL128;

    /** The facts of a grant; all null for a public company's RSUs. */
    public static CompanyFacts of(Equity equity) {
        if (equity instanceof OptionGrant options) {
            return complete(options.fairMarketValue(), options.preferredPrice(), options.valuation(),
                    options.fullyDilutedShares());
        }
        if (equity instanceof RsuGrant rsu && rsu.isPrivate()) {
            return complete(rsu.fairMarketValue(), rsu.sharePrice(), null, rsu.fullyDilutedShares());
        }
        return new CompanyFacts(null, null, null, null);
    }

    private static CompanyFacts complete(BigDecimal fmv, BigDecimal preferred, Long valuation, Long fullyDiluted) {
        BigDecimal postMoney = valuation == null ? null : BigDecimal.valueOf(valuation);
        BigDecimal shares = fullyDiluted == null || fullyDiluted <= 0 ? null : BigDecimal.valueOf(fullyDiluted);
        if (preferred == null && postMoney != null && shares != null) {
            preferred = postMoney.divide(shares, DIVISION);
        }
        if (postMoney == null && preferred != null && shares != null) {
            postMoney = preferred.multiply(shares);
        }
        // Only a valuation above $0 implies shares: $0 ÷ a price is no shares, which nothing can be shared over.
        if (shares == null && postMoney != null && postMoney.signum() > 0 && preferred != null
                && preferred.signum() > 0) {
            shares = postMoney.divide(preferred, DIVISION);
        }
        return new CompanyFacts(fmv, preferred, postMoney, shares);
    }
}
