package com.counteroffer.service;

import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.negotiation.CompetingOffer;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.Profile;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a counter plan for one offer is worked out from, read once: the offer and its
 * projection, the client's profile and market standing (the Market screen's dataset and switches),
 * the other offers and the current job, and the offers left out because they can't be projected.
 */
public record NegotiationContext(long clientId, StoredOffer offer, Projection projection, Profile profile,
                                 MarketStanding standing, List<CompetingOffer> others, List<String> leftOut,
                                 LocalDate today) {

    public NegotiationContext {
        others = List.copyOf(others);
        leftOut = List.copyOf(leftOut);
    }

    /** The same context, with more that the plan had to do without said in {@code notes}. */
    NegotiationContext leavingOut(List<String> notes) {
        if (notes.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(leftOut);
        all.addAll(notes);
        return new NegotiationContext(clientId, offer, projection, profile, standing, others, all, today);
    }
}
