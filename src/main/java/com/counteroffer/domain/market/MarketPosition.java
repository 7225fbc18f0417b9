package com.counteroffer.domain.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a figure falls in a level's band, after any adjustments scaled the band.
 *
 * @param bandMin the band as published
 * @param bandMax the band as published; the nominal top even when the top is open
 * @param adjustedMin the band's bottom after the adjustments; equal to bandMin without any
 * @param adjustedMax the band's top after the adjustments; equal to bandMax without any
 * @param position (value − adjustedMin) ÷ (adjustedMax − adjustedMin), unrounded: 0 at the bottom,
 *     1 at the top, outside 0..1 when the figure is outside the band
 * @param distance dollars outside the adjusted band; 0 within it
 */
public record MarketPosition(Level level, PayBasis basis, long bandMin, long bandMax, boolean openTop,
                             long adjustedMin, long adjustedMax, long value, BigDecimal position,
                             PositionStatus status, long distance, List<Adjustment> adjustments) {

    public MarketPosition {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(status, "status");
        adjustments = List.copyOf(adjustments);
    }

    /** The product of the adjustments' factors; 1 without any. */
    public BigDecimal combinedFactor() {
        return adjustments.stream().map(Adjustment::factor).reduce(BigDecimal.ONE, BigDecimal::multiply);
    }

    /** In words, e.g. "31 % of the way through the Senior/Lead base salary range". */
    public String describe() {
        String range = level.label() + " " + basis.label() + " range";
        String adjusted = adjustments.isEmpty() ? ""
                : " after adjustments (×" + combinedFactor().stripTrailingZeros().toPlainString() + ": "
                        + dollars(adjustedMin) + " – " + dollars(adjustedMax);
        String openTopNote = "the top is open: " + grouped(adjustedMax) + "+";
        return switch (status) {
            case WITHIN -> percent() + " % of the way through the " + range
                    + (adjusted.isEmpty() ? "" : adjusted + (openTop ? "+" : "") + ")");
            case BELOW -> dollars(distance) + " below the " + range + (adjusted.isEmpty() ? "" : adjusted + ")");
            case ABOVE -> dollars(distance) + " above the top of the " + range
                    + (adjusted.isEmpty()
                            ? (openTop ? " (" + openTopNote + ")" : "")
                            : adjusted + (openTop ? "; " + openTopNote : "") + ")");
        };
    }

    private long percent() {
        return position.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String dollars(long amount) {
        return "$" + grouped(amount);
    }

    private static String grouped(long amount) {
        return String.format(Locale.US, "%,d", amount);
    }
}
