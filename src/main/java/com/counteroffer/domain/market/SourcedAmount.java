package com.counteroffer.domain.market;

import java.util.Objects;

/** A single dollar figure with where it comes from. */
public record SourcedAmount(long amount, String sourceId, FigureStatus status, String note) {

    public SourcedAmount {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }
}
