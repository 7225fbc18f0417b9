package com.counteroffer.ui.offers;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.store.OfferRepository.StoredOffer;

/** One line of the offers table: the stored offer and its default projection. */
public record OfferRow(StoredOffer stored, Projection projection) {

    public static OfferRow of(StoredOffer stored) {
        return new OfferRow(stored, CompensationEngine.project(stored.offer(), ProjectionSettings.defaults()));
    }

    public long id() {
        return stored.id();
    }

    public Offer offer() {
        return stored.offer();
    }

    public long year1() {
        return WholeDollars.of(projection.tcYear1());
    }

    public long annualized() {
        return WholeDollars.of(projection.tcAnnualized());
    }

    /** Whether the search text matches the company, title or notes (case-insensitive). */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
        Offer offer = offer();
        return offer.company().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || offer.title().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || offer.notes().toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
