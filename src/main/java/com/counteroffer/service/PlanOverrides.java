package com.counteroffer.service;

import java.math.BigDecimal;

/**
 * Settings a command gives for one plan instead of the saved ones; each null keeps the saved value.
 *
 * @param targetPosition 0 to 1 (0.75 = three quarters through the band)
 * @param anchorMargin 0 to 1 (0.10 = openings 10 % above the targets)
 * @param walkAway an annualised total
 */
public record PlanOverrides(BigDecimal targetPosition, BigDecimal anchorMargin, BigDecimal walkAway) {

    public static final PlanOverrides NONE = new PlanOverrides(null, null, null);
}
