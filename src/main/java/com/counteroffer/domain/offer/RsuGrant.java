package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Restricted stock units, given either as a grant value in dollars or as shares at a price
 * (then the value is shares × price). The price is where stock growth starts from.
 *
 * <p>A private company's RSUs (double-trigger RSUs, an AI lab's units sold in tenders) carry
 * {@code company}; they need shares and a price (the price of the latest round, usually), and may
 * give the 409A price and the fully diluted shares so an exit can be valued per share.
 *
 * @param fairMarketValue private RSUs: the 409A price per share, or null
 * @param fullyDilutedShares private RSUs: the company's fully diluted shares, or null
 * @param company null for a public company's RSUs
 */
public record RsuGrant(Long grantValue, Long shares, BigDecimal sharePrice, Vesting vesting,
                       BigDecimal fairMarketValue, Long fullyDilutedShares, PrivateCompany company) implements Equity {

    public RsuGrant {
        Objects.requireNonNull(vesting, "vesting");
        if (grantValue == null && (shares == null || sharePrice == null)) {
            throw new IllegalArgumentException("give the RSU grant value, or shares and a share price");
        }
        if (company != null && (shares == null || sharePrice == null)) {
            throw new IllegalArgumentException("a private company's RSUs need shares and a share price");
        }
    }

    /** A public company's RSUs. */
    public RsuGrant(Long grantValue, Long shares, BigDecimal sharePrice, Vesting vesting) {
        this(grantValue, shares, sharePrice, vesting, null, null, null);
    }

    public static RsuGrant ofValue(long grantValue, Vesting vesting) {
        return new RsuGrant(grantValue, null, null, vesting);
    }

    /** The grant's value at the start price. */
    public BigDecimal value() {
        return grantValue != null ? BigDecimal.valueOf(grantValue) : sharePrice.multiply(BigDecimal.valueOf(shares));
    }

    public boolean isPrivate() {
        return company != null;
    }

    @Override
    public long shareCount() {
        return shares == null ? 0 : shares;
    }

    @Override
    public RsuGrant withCompany(PrivateCompany newCompany) {
        return new RsuGrant(grantValue, shares, sharePrice, vesting, fairMarketValue, fullyDilutedShares, newCompany);
    }
}
