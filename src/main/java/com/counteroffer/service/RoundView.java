package com.counteroffer.service;

import com.counteroffer.domain.offer.OfferRound;
import com.counteroffer.domain.offer.ProposedBy;
import java.util.List;

/**
 * A round as the history shows it: who proposed it, whether it set the offer's terms, its
 * annualised total and what changed from the round before.
 */
public record RoundView(OfferRound round, long annualised, List<String> changes) {

    public RoundView {
        changes = List.copyOf(changes);
    }

    /** "the employer's offer", "your ask", "your ask, agreed". */
    public String kind() {
        if (round.proposedBy() == ProposedBy.EMPLOYER) {
            return "the employer's offer";
        }
        return round.agreed() ? "your ask, agreed" : "your ask";
    }
}
