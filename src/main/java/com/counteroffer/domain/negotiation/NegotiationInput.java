package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.Profile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a counter plan is worked out from.
 *
 * @param offer the offer being negotiated
 * @param projection the offer projected with the default settings
 * @param profile the user, or null when none is saved
 * @param others the other offers and the current job, each with its projection
 * @param walkAwayOverride the user's own walk-away point (annualised total), or null to derive it
 * @param today the date the plan is made, for the deadline check; null skips that check
 * @param adjustments the adjustments the user switched on for the market band (the Market screen's),
 *     applied to the band every band-based rule uses
 * @param postedRange the job's posted base range as the user entered it, or null
 */
public record NegotiationInput(Offer offer, Projection projection, MarketDataset dataset, Profile profile,
                               List<CompetingOffer> others, BigDecimal walkAwayOverride, LocalDate today,
                               List<Adjustment> adjustments, PostedRange postedRange) {

    /** Without a posted range. */
    public NegotiationInput(Offer offer, Projection projection, MarketDataset dataset, Profile profile,
                            List<CompetingOffer> others, BigDecimal walkAwayOverride, LocalDate today,
                            List<Adjustment> adjustments) {
        this(offer, projection, dataset, profile, others, walkAwayOverride, today, adjustments, null);
    }

    /** Without adjustments: the band as published. */
    public NegotiationInput(Offer offer, Projection projection, MarketDataset dataset, Profile profile,
                            List<CompetingOffer> others, BigDecimal walkAwayOverride, LocalDate today) {
        this(offer, projection, dataset, profile, others, walkAwayOverride, today, List.of(), null);
    }

    public NegotiationInput {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(dataset, "dataset");
        others = List.copyOf(others == null ? List.of() : others);
        adjustments = List.copyOf(adjustments == null ? List.of() : adjustments);
        if (walkAwayOverride != null && walkAwayOverride.signum() < 0) {
            throw new IllegalArgumentException("a walk-away point can't be negative");
        }
    }
}
