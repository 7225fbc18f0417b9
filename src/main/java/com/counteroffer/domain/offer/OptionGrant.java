package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Stock options: the right to buy {@code shares} at {@code strike}. Their value is
 * max(0, price − strike) × vested shares, at the 409A fair market value (what the shares are
 * worth on paper today, often a third of the preferred price or less) or at the preferred price
 * investors paid. {@code valuation} ÷ {@code fullyDilutedShares} gives an implied price.
 *
 * @param exerciseWindowMonths how long after leaving the options can still be bought
 */
public record OptionGrant(long shares, BigDecimal strike, BigDecimal fairMarketValue, BigDecimal preferredPrice,
                          Long valuation, Long fullyDilutedShares, Integer exerciseWindowMonths, Vesting vesting)
        implements Equity {

    public OptionGrant {
        Objects.requireNonNull(strike, "strike");
        Objects.requireNonNull(fairMarketValue, "fairMarketValue");
        Objects.requireNonNull(vesting, "vesting");
    }
}
