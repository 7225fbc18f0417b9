package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What the tax is computed from. The 401(k) limit depends on the year's tables, so {@link TaxEngine}
 * checks it; everything else is checked here.
 *
 * @param wages all pay taxed as wages in the year: base, bonus, sign-on and vesting RSUs
 * @param nycResident whether New York City's resident tax applies; only with {@link StateCode#NY}
 * @param mdCountyRate Maryland county rate as a fraction (0.032 for 3.2 %), or null for the tables' default;
 *                     only with {@link StateCode#MD}
 * @param k401Deferral pre-tax 401(k) deferral: lowers income-tax wages, not Social Security or Medicare wages
 * @param spouseWages a second earner's wages on the same joint return (0 for none; only with
 *                    {@link FilingStatus#MARRIED_JOINT}): taxed with {@code wages} for income tax, but with their
 *                    own Social Security wage base and payroll-premium caps
 * @param locality the id of the city or county of residence whose taxes apply (e.g. {@code philadelphia}), from
 *                 the state's tables; null for none. {@link TaxEngine} checks the state lists it.
 */
public record TaxInput(BigDecimal wages, FilingStatus filing, StateCode state, boolean nycResident,
                       BigDecimal mdCountyRate, BigDecimal k401Deferral, BigDecimal spouseWages, String locality) {

    public TaxInput {
        Objects.requireNonNull(wages, "wages");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(state, "state");
        k401Deferral = k401Deferral == null ? BigDecimal.ZERO : k401Deferral;
        spouseWages = spouseWages == null ? BigDecimal.ZERO : spouseWages;
        locality = locality == null || locality.isBlank() ? null : locality.strip();
        if (locality != null && nycResident) {
            throw new IllegalArgumentException("New York City residence and the locality " + locality
                    + " can't both apply: choose one");
        }
        if (spouseWages.signum() < 0) {
            throw new IllegalArgumentException("the spouse's wages can't be negative");
        }
        if (spouseWages.signum() > 0 && filing != FilingStatus.MARRIED_JOINT) {
            throw new IllegalArgumentException("a spouse's wages apply only when married filing jointly, not "
                    + filing.label().toLowerCase(Locale.ROOT));
        }
        if (wages.signum() < 0) {
            throw new IllegalArgumentException("wages can't be negative");
        }
        if (nycResident && state != StateCode.NY) {
            throw new IllegalArgumentException("New York City residence applies only with state NY, not "
                    + state.name());
        }
        if (mdCountyRate != null && state != StateCode.MD) {
            throw new IllegalArgumentException("a Maryland county rate applies only with state MD, not "
                    + state.name());
        }
        if (mdCountyRate != null && (mdCountyRate.signum() < 0 || mdCountyRate.compareTo(new BigDecimal("0.1")) > 0)) {
            throw new IllegalArgumentException("the Maryland county rate must be a fraction from 0 to 0.1 (10 %), found "
                    + mdCountyRate.toPlainString());
        }
        if (k401Deferral.signum() < 0) {
            throw new IllegalArgumentException("the 401(k) deferral can't be negative");
        }
        if (k401Deferral.compareTo(wages) > 0) {
            throw new IllegalArgumentException("the 401(k) deferral (" + k401Deferral.toPlainString()
                    + ") can't be more than the wages (" + wages.toPlainString() + ")");
        }
    }

    /** No locality. */
    public TaxInput(BigDecimal wages, FilingStatus filing, StateCode state, boolean nycResident,
                    BigDecimal mdCountyRate, BigDecimal k401Deferral, BigDecimal spouseWages) {
        this(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, null);
    }

    /** One earner: no spouse's wages. */
    public TaxInput(BigDecimal wages, FilingStatus filing, StateCode state, boolean nycResident,
                    BigDecimal mdCountyRate, BigDecimal k401Deferral) {
        this(wages, filing, state, nycResident, mdCountyRate, k401Deferral, BigDecimal.ZERO);
    }

    /** Wages only: no New York City residence, the default Maryland county rate, no 401(k) deferral. */
    public static TaxInput of(BigDecimal wages, FilingStatus filing, StateCode state) {
        return new TaxInput(wages, filing, state, false, null, BigDecimal.ZERO);
    }

    public TaxInput withDeferral(BigDecimal deferral) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, deferral, spouseWages, locality);
    }

    public TaxInput withWages(BigDecimal newWages) {
        return new TaxInput(newWages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality);
    }

    /** The same input with a second earner's wages on the joint return. */
    public TaxInput withSpouseWages(BigDecimal newSpouseWages) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, newSpouseWages, locality);
    }

    /** The same input living in a locality of the state's tables (null for none). */
    public TaxInput withLocality(String newLocality) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, newLocality);
    }

    /** Both earners' wages. */
    public BigDecimal householdWages() {
        return wages.add(spouseWages);
    }
}
