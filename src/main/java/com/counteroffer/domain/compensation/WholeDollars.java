package com.counteroffer.domain.compensation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The engine keeps exact amounts; callers round them here, once, for display or export. */
public final class WholeDollars {

    private WholeDollars() {
    }

    /** {@code 83333.5} → {@code 83334}; halves round away from zero. */
    public static long of(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
