package com.counteroffer.domain.compare;

import com.counteroffer.domain.compensation.LeaveOutcome;
import com.counteroffer.domain.compensation.Projection;
import java.math.BigDecimal;
import java.util.List;

/**
 * One offer's figures within a comparison.
 *
 * @param cumulative running total of the yearly totals, year 1 first
 * @param leave what the offer pays out when leaving at the comparison's month, or null
 */
public record OfferComparison(CompareEntry entry, Projection projection, List<BigDecimal> cumulative,
                              LeaveOutcome leave) {
    public OfferComparison {
        cumulative = List.copyOf(cumulative);
    }

    public BigDecimal horizonTotal() {
        return projection.horizonTotal();
    }
}
