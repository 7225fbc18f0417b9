package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Restricted stock units, given either as a grant value in dollars or as shares at a price
 * (then the value is shares × price). The price is where stock growth starts from.
 */
public record RsuGrant(Long grantValue, Long shares, BigDecimal sharePrice, Vesting vesting) implements Equity {

    public RsuGrant {
        Objects.requireNonNull(vesting, "vesting");
        if (grantValue == null && (shares == null || sharePrice == null)) {
            throw new IllegalArgumentException("give the RSU grant value, or shares and a share price");
        }
    }

    public static RsuGrant ofValue(long grantValue, Vesting vesting) {
        return new RsuGrant(grantValue, null, null, vesting);
    }

    /** The grant's value at the start price. */
    public BigDecimal value() {
        return grantValue != null ? BigDecimal.valueOf(grantValue) : sharePrice.multiply(BigDecimal.valueOf(shares));
    }
}
