package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One vesting date: {@code month} months after the grant (12 = first anniversary) and the share
 * of the grant, in percent, that vests then.
 */
public record VestEvent(int month, BigDecimal percent) {
    public VestEvent {
        Objects.requireNonNull(percent, "percent");
        if (month < 0) {
            throw new IllegalArgumentException("a vesting month can't be negative: " + month);
        }
    }
}
