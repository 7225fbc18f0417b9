package com.counteroffer.domain.negotiation;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How ambitious the counter is.
 *
 * @param targetPosition where in the level's band to aim, 0 (bottom) to 1 (top); default 0.75
 * @param anchorMargin how far the opening ask sits above the target, 0 to 1 (0.10 = 10 %); default 0.10
 * @param levers the levers to plan asks for; null means all
 */
public record PlanSettings(BigDecimal targetPosition, BigDecimal anchorMargin, Set<Lever> levers) {

    public static final BigDecimal DEFAULT_TARGET_POSITION = new BigDecimal("0.75");
    public static final BigDecimal DEFAULT_ANCHOR_MARGIN = new BigDecimal("0.10");

    public PlanSettings {
        Objects.requireNonNull(targetPosition, "targetPosition");
        Objects.requireNonNull(anchorMargin, "anchorMargin");
        if (targetPosition.signum() < 0 || targetPosition.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the target position runs from 0 (bottom of the band) to 1 (top), not "
                    + targetPosition.toPlainString());
        }
        if (anchorMargin.signum() < 0 || anchorMargin.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the anchor margin runs from 0 to 1 (0.10 = 10 % above the target), not "
                    + anchorMargin.toPlainString());
        }
        levers = levers == null ? EnumSet.allOf(Lever.class) : levers.isEmpty() ? Set.of() : EnumSet.copyOf(levers);
        levers = Set.copyOf(levers);
    }

    /** 75 % through the band, opening 10 % above the target, every lever. */
    public static PlanSettings defaults() {
        return new PlanSettings(DEFAULT_TARGET_POSITION, DEFAULT_ANCHOR_MARGIN, EnumSet.allOf(Lever.class));
    }

    public PlanSettings withTargetPosition(BigDecimal position) {
        return new PlanSettings(position, anchorMargin, levers);
    }

    public PlanSettings withAnchorMargin(BigDecimal margin) {
        return new PlanSettings(targetPosition, margin, levers);
    }

    public PlanSettings withLevers(Set<Lever> chosen) {
        return new PlanSettings(targetPosition, anchorMargin, chosen);
    }

    public boolean uses(Lever lever) {
        return levers.contains(lever);
    }
}
