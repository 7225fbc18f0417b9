package com.counteroffer.domain.market;

import java.util.Objects;

/**
 * One level's pay range in whole dollars, on the basis the source states.
 *
 * @param openTop the source gives the top as "max+": pay above it is still in the range's spirit
 */
public record LevelBand(Level level, long min, long max, boolean openTop, PayBasis basis,
                        String sourceId, FigureStatus status, String note) {

    public LevelBand {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        if (min < 0 || max <= min) {
            throw new IllegalArgumentException(level.label() + " band needs 0 <= min < max, got " + min + " to " + max);
        }
        note = note == null ? "" : note;
    }

    /** E.g. "Senior/Lead base salary range". */
    public String title() {
        return level.label() + " " + basis.label() + " range";
    }
}
