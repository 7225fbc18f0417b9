package com.counteroffer.domain.offer;

import java.time.LocalDate;

/**
 * The terms one negotiation round put on the table. Round 1 is the initial offer. A round the
 * candidate proposed is an ask: it sets the offer's terms only once {@code agreed}.
 */
public record OfferRound(long id, long offerId, int number, LocalDate date, ProposedBy proposedBy, String label,
                         String note, Offer terms, boolean agreed) {

    /** Whether these terms became the offer's: the employer's, or an ask the employer agreed to. */
    public boolean setTerms() {
        return proposedBy == ProposedBy.EMPLOYER || agreed;
    }
}
