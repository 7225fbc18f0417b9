package com.counteroffer.domain.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Places a pay figure in a level's band. Adjustments multiply together and scale both ends of the
 * band; without any, the band is used as published (the seed gives no location, sector or
 * education multiplier, so none is invented here).
 */
public final class MarketPositionEngine {

    private MarketPositionEngine() {
    }

    /**
     * @param valueBasis what the value measures; must be the band's basis, because base salary and
     *     total compensation differ by bonus and equity and are never compared silently
     * @throws IllegalArgumentException on a basis mismatch or a negative value
     */
    public static MarketPosition position(LevelBand band, PayBasis valueBasis, long value,
                                          List<Adjustment> adjustments) {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(valueBasis, "valueBasis");
        Objects.requireNonNull(adjustments, "adjustments");
        if (valueBasis != band.basis()) {
            throw new IllegalArgumentException("the " + band.level().label() + " range is "
                    + band.basis().label() + ", not " + valueBasis.label() + "; compare a "
                    + band.basis().label() + " figure with it");
        }
        if (value < 0) {
            throw new IllegalArgumentException("pay cannot be negative, got " + value);
        }
        BigDecimal factor = adjustments.stream().map(Adjustment::factor).reduce(BigDecimal.ONE, BigDecimal::multiply);
        long min = scale(band.min(), factor);
        long max = scale(band.max(), factor);
        if (max <= min) {
            throw new IllegalArgumentException("the adjustments (×" + factor.toPlainString()
                    + ") shrink the " + band.title() + " to nothing");
        }
        BigDecimal position = BigDecimal.valueOf(value - min)
                .divide(BigDecimal.valueOf(max - min), MathContext.DECIMAL64);
        PositionStatus status;
        long distance;
        if (value < min) {
            status = PositionStatus.BELOW;
            distance = min - value;
        } else if (value > max) {
            status = PositionStatus.ABOVE;
            distance = value - max;
        } else {
            status = PositionStatus.WITHIN;
            distance = 0;
        }
        return new MarketPosition(band.level(), band.basis(), band.min(), band.max(), band.openTop(),
                min, max, value, position, status, distance, adjustments);
    }

    private static long scale(long amount, BigDecimal factor) {
        return BigDecimal.valueOf(amount).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
