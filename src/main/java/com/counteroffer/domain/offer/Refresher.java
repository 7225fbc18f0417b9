package com.counteroffer.domain.offer;

import java.util.Objects;

/**
 * Yearly refresher grants: a grant worth {@code yearlyValue} at the start of every year from
 * {@code firstGrantYear} on (2 = at the first anniversary), each vesting on its own schedule from
 * its grant date, so grants stack. Guaranteed ones (e.g. Nvidia's minimum) are kept apart from
 * expected ones, which depend on performance.
 */
public record Refresher(long yearlyValue, Vesting vesting, boolean guaranteed, int firstGrantYear) {

    public Refresher {
        Objects.requireNonNull(vesting, "vesting");
        if (firstGrantYear < 1) {
            throw new IllegalArgumentException("refresher grants start in year 1 or later");
        }
    }
}
