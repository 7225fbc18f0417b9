package com.counteroffer.domain.offer;

import java.math.BigDecimal;

/**
 * The target bonus, as a percent of base or as a fixed amount; exactly one is set.
 * Bonuses are targets, not promises, so they count as at-risk pay.
 */
public record TargetBonus(BigDecimal percentOfBase, Long amount) {

    public static final TargetBonus NONE = new TargetBonus(BigDecimal.ZERO, null);

    public TargetBonus {
        if ((percentOfBase == null) == (amount == null)) {
            throw new IllegalArgumentException("give the bonus as a percent of base or as an amount, not both");
        }
    }

    public static TargetBonus percent(BigDecimal percent) {
        return new TargetBonus(percent, null);
    }

    public static TargetBonus amount(long dollars) {
        return new TargetBonus(null, dollars);
    }
}
