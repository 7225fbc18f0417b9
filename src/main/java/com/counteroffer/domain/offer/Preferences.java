package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The liquidation preferences of all preferred stock taken together: at a sale, preferred holders
 * are paid {@code multiple} × what they invested before common shares get anything.
 *
 * @param invested what the preferred investors put in, in dollars (0 when unknown or none)
 * @param multiple 1 for the usual 1× preference
 * @param participating true when preferred holders take their preference and then share pro rata as
 *     well; false (the usual) when they take the larger of the preference and converting to common
 * @param preferredPercent the preferred stock's share of the fully diluted shares as converted, 0 to
 *     100; null when unknown (then estimated as invested ÷ preferred price, and labelled so)
 */
public record Preferences(long invested, BigDecimal multiple, boolean participating, BigDecimal preferredPercent) {

    /** 1× non-participating, nothing invested: the shipped default until the user types the terms. */
    public static final Preferences NONE = new Preferences(0, BigDecimal.ONE, false, null);

    public Preferences {
        Objects.requireNonNull(multiple, "multiple");
    }

    /** Paid to preferred holders before common: invested × multiple. */
    public BigDecimal total() {
        return BigDecimal.valueOf(invested).multiply(multiple);
    }
}
