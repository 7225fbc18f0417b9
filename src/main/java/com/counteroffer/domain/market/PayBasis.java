package com.counteroffer.domain.market;

import com.counteroffer.domain.EnumIds;
import java.util.Optional;

/**
 * What a range measures. The seed gives entry, mid and senior ranges as base salary and the
 * principal range as total compensation; the two are never compared with each other silently.
 */
public enum PayBasis {
    BASE("base", "base salary"),
    TOTAL_COMP("total_comp", "total compensation");

    private final String id;
    private final String label;

    PayBasis(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<PayBasis> fromId(String id) {
        return EnumIds.find(values(), PayBasis::id, id);
    }
}
