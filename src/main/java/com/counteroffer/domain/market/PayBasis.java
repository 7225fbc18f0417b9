package com.counteroffer.domain.market;

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
        for (PayBasis basis : values()) {
            if (basis.id.equals(id)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }
}
