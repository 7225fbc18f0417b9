package com.counteroffer.domain.tax.withholding;

import com.counteroffer.domain.market.FigureStatus;
import java.util.Objects;

/**
 * How one state withholds on supplemental wages (bonus, sign-on, vesting RSUs).
 *
 * @param code the two-letter postal code, e.g. "CA"
 * @param wageTax false where the state taxes no wages: nothing is withheld
 * @param supplementalRate the state's flat supplemental rate as a fraction, or null where it sets none
 *                         (supplemental wages are then withheld with the regular wages)
 * @param bonusAndStockRate a separate flat rate for bonuses and stock (California's 10.23 %), or null
 */
public record StateWithholding(String code, boolean wageTax, java.math.BigDecimal supplementalRate,
                               java.math.BigDecimal bonusAndStockRate, String sourceId, FigureStatus status,
                               String note) {

    public StateWithholding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        if (!wageTax && (supplementalRate != null || bonusAndStockRate != null)) {
            throw new IllegalArgumentException(code + " taxes no wages, so it can have no supplemental rate");
        }
    }

    /** The rate applied to bonus, sign-on and RSU wages, or null where the state sets no flat rate. */
    public java.math.BigDecimal rateOnBonusAndStock() {
        return bonusAndStockRate != null ? bonusAndStockRate : supplementalRate;
    }
}
