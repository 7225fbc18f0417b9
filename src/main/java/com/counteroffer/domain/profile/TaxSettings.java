package com.counteroffer.domain.profile;

import com.counteroffer.domain.tax.FilingStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the take-home figures need beyond the state of residence.
 *
 * @param mdCountyRate the Maryland county income tax rate as a fraction (0.032 = 3.2 %), or null
 *     for the default of the tax tables
 * @param k401Deferral pre-tax 401(k) deferral a year (reduces income-tax wages, not FICA wages)
 */
public record TaxSettings(FilingStatus filingStatus, boolean nycResident, BigDecimal mdCountyRate, long k401Deferral) {

    public static final TaxSettings DEFAULT = new TaxSettings(FilingStatus.SINGLE, false, null, 0);
    public static final long DEFERRAL_LIMIT_2026 = 24_500;

    public TaxSettings {
        Objects.requireNonNull(filingStatus, "filingStatus");
        if (k401Deferral < 0 || k401Deferral > DEFERRAL_LIMIT_2026) {
            throw new IllegalArgumentException("the 401(k) deferral must be between 0 and 24,500 in 2026");
        }
    }
}
