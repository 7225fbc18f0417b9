package com.counteroffer.domain.market;

import java.util.Objects;

/**
 * One level's pay range in whole dollars, on the basis the source states.
 *
 * @param openTop the source gives the top as "max+": pay above it is still in the range's spirit
 * @param likelyBasis what the figures more likely measure when the dataset doubts the stated basis
 *     (the seed's Senior "base" range reads as total compensation), else the stated basis
 */
public record LevelBand(Level level, long min, long max, boolean openTop, PayBasis basis,
                        String sourceId, FigureStatus status, String note, PayBasis likelyBasis) {

    /** A band whose stated basis is not in doubt. */
    public LevelBand(Level level, long min, long max, boolean openTop, PayBasis basis, String sourceId,
                     FigureStatus status, String note) {
        this(level, min, max, openTop, basis, sourceId, status, note, basis);
    }

    public LevelBand {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        if (min < 0 || max <= min) {
            throw new IllegalArgumentException(level.label() + " band needs 0 <= min < max, got " + min + " to " + max);
        }
        note = note == null ? "" : note;
        likelyBasis = likelyBasis == null ? basis : likelyBasis;
    }

    /** Whether the dataset doubts the stated basis: such a band sets no target for that component. */
    public boolean basisInDoubt() {
        return likelyBasis != basis;
    }

    /** The same band with other figures (e.g. scaled by the user's adjustments). */
    public LevelBand withRange(long newMin, long newMax) {
        return new LevelBand(level, newMin, newMax, openTop, basis, sourceId, status, note, likelyBasis);
    }

    /** E.g. "Senior/Lead base salary range". */
    public String title() {
        return level.label() + " " + basis.label() + " range";
    }
}
