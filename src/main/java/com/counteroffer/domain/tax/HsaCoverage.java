package com.counteroffer.domain.tax;

import com.counteroffer.domain.EnumIds;
import java.util.Locale;
import java.util.Optional;

/** The high-deductible health plan coverage an HSA contribution is made under; it sets the year's limit (IRC §223(b)(2)). */
public enum HsaCoverage {
    SELF("self", "Self-only"),
    FAMILY("family", "Family");

    private final String id;
    private final String label;

    HsaCoverage(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stored and command-line spelling: {@code self} or {@code family}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Accepts the id in any case. */
    public static Optional<HsaCoverage> fromId(String text) {
        return text == null ? Optional.empty()
                : EnumIds.find(values(), HsaCoverage::id, text.strip().toLowerCase(Locale.ROOT));
    }
}
