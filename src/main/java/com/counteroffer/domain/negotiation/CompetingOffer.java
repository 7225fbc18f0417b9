package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.offer.Offer;
import java.util.Objects;

/** Another offer, or the current job ({@code offer.current()}), with its projection. */
public record CompetingOffer(Offer offer, Projection projection) {

    public CompetingOffer {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(projection, "projection");
    }

    /** How the plan names it, e.g. "Northwind Cloud" or "your current job at Acme". */
    public String label() {
        return offer.current() ? "your current job at " + offer.company() : offer.company();
    }
}
