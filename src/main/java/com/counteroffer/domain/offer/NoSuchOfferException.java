package com.counteroffer.domain.offer;

/** The offer id names no offer of this client (never existed, deleted, or another client's). */
public final class NoSuchOfferException extends RuntimeException {

    private final long offerId;

    public NoSuchOfferException(long offerId) {
        super("There is no offer with id " + offerId + ". List the offers to see their ids.");
        this.offerId = offerId;
    }

    public long offerId() {
        return offerId;
    }
}
