package com.counteroffer.domain.offer;

import java.util.Locale;
import java.util.Optional;

/** Where an offer stands. */
public enum OfferStatus {
    RECEIVED, NEGOTIATING, ACCEPTED, DECLINED, EXPIRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Optional<OfferStatus> fromId(String id) {
        for (OfferStatus status : values()) {
            if (status.id().equals(id)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
