package com.counteroffer.domain.profile;

import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What the take-home figures need beyond the state of residence.
 *
 * @param mdCountyRate the Maryland county income tax rate as a fraction (0.032 = 3.2 %), or null
 *     for the default of the tax tables
 * @param k401Deferral pre-tax 401(k) deferral a year (reduces income-tax wages, not FICA wages); at most the
 *     2026 limit without catch-up, so a high earner's catch-up (which must be Roth) never lands here
 * @param household the spouse's wages (joint returns only), age, Roth 401(k), HSA and property tax
 * @param locality the id of the city or county of residence with its own income tax (e.g. {@code philadelphia},
 *     from the state's tax tables), or null for none
 */
public record TaxSettings(FilingStatus filingStatus, boolean nycResident, BigDecimal mdCountyRate, long k401Deferral,
                          Household household, String locality) {

    public static final TaxSettings DEFAULT = new TaxSettings(FilingStatus.SINGLE, false, null, 0);
    public static final long DEFERRAL_LIMIT_2026 = 24_500;
    // The 2026 account limits of federal-2026.json, for checking a profile without the tables
    // (TaxSettingsLimitsTest holds them equal).
    public static final long CATCH_UP_2026 = 8_000;
    public static final long CATCH_UP_60_TO_63_2026 = 11_250;
    public static final long HSA_SELF_2026 = 4_400;
    public static final long HSA_FAMILY_2026 = 8_750;
    public static final long HSA_CATCH_UP = 1_000;

    public TaxSettings {
        Objects.requireNonNull(filingStatus, "filingStatus");
        household = household == null ? Household.NONE : household;
        locality = locality == null || locality.isBlank() ? null : locality;
        if (locality != null && nycResident) {
            throw new IllegalArgumentException("New York City residence and a locality can't both apply");
        }
        if (k401Deferral < 0 || k401Deferral > DEFERRAL_LIMIT_2026) {
            throw new IllegalArgumentException("the 401(k) deferral must be between 0 and 24,500 in 2026");
        }
        if (household.spouseWages() > 0 && filingStatus != FilingStatus.MARRIED_JOINT) {
            throw new IllegalArgumentException("a spouse's wages apply only when married filing jointly, not "
                    + filingStatus.label().toLowerCase(Locale.ROOT));
        }
        long deferralLimit = deferralLimit(household.age());
        if (k401Deferral + household.roth401k() > deferralLimit) {
            throw new IllegalArgumentException("the pre-tax and Roth 401(k) deferrals together must be at most "
                    + String.format(Locale.US, "%,d", deferralLimit) + " in 2026"
                    + (household.age() == null ? " (give the age for the catch-up from 50)"
                            : " at age " + household.age()));
        }
        long hsaLimit = hsaLimit(household.hsaCoverage(), household.age());
        if (household.hsa() > hsaLimit) {
            throw new IllegalArgumentException("the HSA contribution must be at most "
                    + String.format(Locale.US, "%,d", hsaLimit) + " in 2026 with "
                    + household.hsaCoverage().label().toLowerCase(Locale.ROOT) + " coverage"
                    + (household.age() != null && household.age() >= 55 ? "" : " (1,000 more from age 55)"));
        }
    }

    /** No locality. */
    public TaxSettings(FilingStatus filingStatus, boolean nycResident, BigDecimal mdCountyRate, long k401Deferral,
                       Household household) {
        this(filingStatus, nycResident, mdCountyRate, k401Deferral, household, null);
    }

    /** No household figures beyond the filing status. */
    public TaxSettings(FilingStatus filingStatus, boolean nycResident, BigDecimal mdCountyRate, long k401Deferral) {
        this(filingStatus, nycResident, mdCountyRate, k401Deferral, Household.NONE);
    }

    /** Pre-tax and Roth deferrals together, 2026: 24,500, plus 8,000 from 50 (11,250 at 60 to 63). */
    public static long deferralLimit(Integer age) {
        if (age == null || age < 50) {
            return DEFERRAL_LIMIT_2026;
        }
        return DEFERRAL_LIMIT_2026 + (age >= 60 && age <= 63 ? CATCH_UP_60_TO_63_2026 : CATCH_UP_2026);
    }

    /** The HSA limit, 2026, with the catch-up from 55. */
    public static long hsaLimit(HsaCoverage coverage, Integer age) {
        long limit = coverage == HsaCoverage.FAMILY ? HSA_FAMILY_2026 : HSA_SELF_2026;
        return age != null && age >= 55 ? limit + HSA_CATCH_UP : limit;
    }
}
