package com.counteroffer.domain.offer;

import java.time.LocalDate;

/** The terms as they stood after one negotiation round. Round 1 is the initial offer. */
public record OfferRound(long id, long offerId, int number, LocalDate date, ProposedBy proposedBy, String label,
                         String note, Offer terms) {
}
