package com.counteroffer.domain.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A comparison as the user set it up: which offers, the horizon, the growth scenario and any
 * per-offer growth, the leave-early month, the reference offer, and the decision matrix.
 *
 * @param offerIds the saved offers compared, in column order
 * @param growth the growth applied to every offer without its own
 * @param offerGrowth per-offer growth by offer id
 * @param leaveMonth the month for the leave-early rows, or null
 * @param referenceId the offer the differences are shown against, or null for the first
 */
public record SavedComparison(String name, List<Long> offerIds, int years, BigDecimal growth,
                              Map<Long, BigDecimal> offerGrowth, Integer leaveMonth, Long referenceId,
                              DecisionMatrix matrix) {
    public SavedComparison {
        Objects.requireNonNull(name, "name");
        offerIds = List.copyOf(offerIds);
        offerGrowth = Map.copyOf(offerGrowth);
        growth = growth == null ? BigDecimal.ZERO : growth;
        matrix = matrix == null ? DecisionMatrix.defaults() : matrix;
    }
}
