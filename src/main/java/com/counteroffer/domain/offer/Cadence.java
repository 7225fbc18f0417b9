package com.counteroffer.domain.offer;

import com.counteroffer.domain.EnumIds;
import java.util.Locale;
import java.util.Optional;

/** How often shares vest after the cliff. */
public enum Cadence {
    MONTHLY(1), QUARTERLY(3), SEMI_ANNUAL(6), ANNUAL(12);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    /** Months between two vesting dates. */
    public int months() {
        return months;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Cadence> fromId(String id) {
        return EnumIds.find(values(), Cadence::id, id);
    }
}
