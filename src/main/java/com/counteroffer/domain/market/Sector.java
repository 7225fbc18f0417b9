package com.counteroffer.domain.market;

import java.util.Objects;

/** A kind of employer and how the seed says it pays. */
public record Sector(String id, String label, String description, String sourceId, FigureStatus status) {

    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
    }
}
