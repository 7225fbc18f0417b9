package com.counteroffer.domain.compare;

import com.counteroffer.domain.offer.Offer;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One offer in a comparison.
 *
 * @param key a stable identifier (the offer's id as text)
 * @param growth this offer's own yearly stock growth, or null to use the comparison's
 */
public record CompareEntry(String key, Offer offer, BigDecimal growth) {
    public CompareEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(offer, "offer");
    }

    public String name() {
        return offer.company();
    }
}
