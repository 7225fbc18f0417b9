package com.counteroffer.domain.offer;

import com.counteroffer.domain.EnumIds;
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
        return EnumIds.find(values(), OfferStatus::id, id);
    }
}
