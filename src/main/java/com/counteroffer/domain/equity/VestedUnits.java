package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.VestEvent;
import com.counteroffer.domain.offer.Vesting;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whole units vested by a month of a vesting schedule; partial units are rounded down. */
public final class VestedUnits {

    private VestedUnits() {
    }

    /** Units vested at or before {@code month} months after the start. */
    public static long byMonth(long units, Vesting vesting, int month) {
        BigDecimal percent = BigDecimal.ZERO;
        for (VestEvent event : vesting.events()) {
            if (event.month() <= month) {
                percent = percent.add(event.percent());
            }
        }
        return of(units, percent);
    }

    /**
     * units × percent ÷ 100, rounded down to a whole unit (so the sum never exceeds the grant), after
     * rounding to a millionth so that a schedule's repeating percents (25 ÷ 12 %) don't lose a unit.
     */
    public static long of(long units, BigDecimal percent) {
        return BigDecimal.valueOf(units).multiply(percent).movePointLeft(2).setScale(6, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
