package com.counteroffer.domain.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Several offers side by side.
 *
 * @param crossoverYear the first year in which the leader by cumulative total changes, or null
 * @param bestByHorizonTotal the key of the offer with the highest total over the horizon
 * @param breakevenGrowth the yearly stock growth (same for every offer) at which the best and the
 *     second-best offer by horizon total pay the same, or null when they never meet in −90 % … +200 %
 * @param insights plain sentences about the comparison
 */
public record Comparison(List<OfferComparison> offers, Integer crossoverYear, String bestByHorizonTotal,
                         BigDecimal breakevenGrowth, List<String> insights) {
    public Comparison {
        offers = List.copyOf(offers);
        insights = List.copyOf(insights);
    }

    public Optional<OfferComparison> offer(String key) {
        return offers.stream().filter(o -> o.entry().key().equals(key)).findFirst();
    }
}
