package com.counteroffer.domain.negotiation;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How ambitious the counter is.
 *
 * @param targetPosition where in a band (market or posted) to aim, 0 (bottom) to 1 (top); default 0.75
 * @param anchorMargin how far the opening ask sits above the target, 0 to 1 (0.05 = 5 %); default 0.05
 * @param levers the levers to plan asks for; null means all
 * @param componentCeiling without evidence, the most a base or grant opening rises over the offer's
 *     (0.15 = +15 %); an assumption about what counters usually move, editable
 * @param totalCeiling without evidence, the most all openings together raise the annualised total
 *     (0.25 = +25 %); an assumption, editable
 * @param packageView the measure in which the equivalent packages are worth the same; by default the first
 *     year, where a sign-on counts in full (annualised, it counts a quarter and a sign-on package grows fourfold)
 */
public record PlanSettings(BigDecimal targetPosition, BigDecimal anchorMargin, Set<Lever> levers,
                           BigDecimal componentCeiling, BigDecimal totalCeiling, PackageView packageView) {

    public static final BigDecimal DEFAULT_TARGET_POSITION = new BigDecimal("0.75");
    public static final BigDecimal DEFAULT_ANCHOR_MARGIN = new BigDecimal("0.05");
    public static final BigDecimal DEFAULT_COMPONENT_CEILING = new BigDecimal("0.15");
    public static final BigDecimal DEFAULT_TOTAL_CEILING = new BigDecimal("0.25");

    public PlanSettings {
        Objects.requireNonNull(targetPosition, "targetPosition");
        Objects.requireNonNull(anchorMargin, "anchorMargin");
        componentCeiling = componentCeiling == null ? DEFAULT_COMPONENT_CEILING : componentCeiling;
        totalCeiling = totalCeiling == null ? DEFAULT_TOTAL_CEILING : totalCeiling;
        packageView = packageView == null ? PackageView.FIRST_YEAR : packageView;
        if (targetPosition.signum() < 0 || targetPosition.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the target position runs from 0 (bottom of the band) to 1 (top), not "
                    + targetPosition.toPlainString());
        }
        if (anchorMargin.signum() < 0 || anchorMargin.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the anchor margin runs from 0 to 1 (0.05 = 5 % above the target), not "
                    + anchorMargin.toPlainString());
        }
        if (componentCeiling.signum() <= 0 || componentCeiling.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the usual move for base or grant runs from just above 0 to 1 (0.15 = +15 %), not "
                    + componentCeiling.toPlainString());
        }
        if (totalCeiling.signum() <= 0 || totalCeiling.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the usual total move runs from just above 0 to 1 (0.25 = +25 %), not "
                    + totalCeiling.toPlainString());
        }
        levers = levers == null ? EnumSet.allOf(Lever.class) : levers.isEmpty() ? Set.of() : EnumSet.copyOf(levers);
        levers = Set.copyOf(levers);
    }

    /** The usual ceilings and view. */
    public PlanSettings(BigDecimal targetPosition, BigDecimal anchorMargin, Set<Lever> levers) {
        this(targetPosition, anchorMargin, levers, null, null, null);
    }

    /** 75 % through the band, opening 5 % above the target, every lever; without evidence base
     * or grant +15 % and the total +25 % at most. */
    public static PlanSettings defaults() {
        return new PlanSettings(DEFAULT_TARGET_POSITION, DEFAULT_ANCHOR_MARGIN, EnumSet.allOf(Lever.class));
    }

    public PlanSettings withTargetPosition(BigDecimal position) {
        return new PlanSettings(position, anchorMargin, levers, componentCeiling, totalCeiling, packageView);
    }

    public PlanSettings withAnchorMargin(BigDecimal margin) {
        return new PlanSettings(targetPosition, margin, levers, componentCeiling, totalCeiling, packageView);
    }

    public PlanSettings withLevers(Set<Lever> chosen) {
        return new PlanSettings(targetPosition, anchorMargin, chosen, componentCeiling, totalCeiling, packageView);
    }

    public PlanSettings withCeilings(BigDecimal component, BigDecimal total) {
        return new PlanSettings(targetPosition, anchorMargin, levers, component, total, packageView);
    }

    public PlanSettings withPackageView(PackageView view) {
        return new PlanSettings(targetPosition, anchorMargin, levers, componentCeiling, totalCeiling, view);
    }

    public boolean uses(Lever lever) {
        return levers.contains(lever);
    }
}
