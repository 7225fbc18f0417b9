package com.counteroffer.domain.offer;

/**
 * A saved offer with its id and when it last changed.
 *
 * @param updatedAt an ISO-8601 instant, as the store wrote it
 */
public record StoredOffer(long id, Offer offer, String updatedAt) {
}
