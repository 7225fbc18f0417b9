package com.counteroffer.domain.market;

import java.util.Objects;

/** A skill the seed says commands a premium; it names no size per skill. */
public record PremiumSkill(String id, String label, String description, String sourceId, FigureStatus status) {

    public PremiumSkill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
    }
}
