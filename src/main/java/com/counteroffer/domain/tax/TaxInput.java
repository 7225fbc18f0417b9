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
 * @param workState the state where the job is, when not the state of residence (null: works where they live;
 *                  the state of residence is taken as null); its nonresident tax is in {@link WorkStateTax}
 * @param roth401k Roth 401(k) deferral: taxed as wages, but counts toward the same elective-deferral limit
 * @param age the earner's age at the end of the tax year, or null when unknown (then no catch-up is allowed)
 * @param hsa the earner's HSA contribution through payroll (a cafeteria plan): lowers income-tax wages and Social
 *            Security and Medicare wages, except where a state taxes it
 * @param hsaCoverage the health plan's coverage, which sets the HSA limit
 * @param propertyTax real-estate tax paid in the year, for itemizing the federal SALT deduction (0 for none)
 */
public record TaxInput(BigDecimal wages, FilingStatus filing, StateCode state, boolean nycResident,
                       BigDecimal mdCountyRate, BigDecimal k401Deferral, BigDecimal spouseWages, String locality,
                       StateCode workState, BigDecimal roth401k, Integer age, BigDecimal hsa, HsaCoverage hsaCoverage,
                       BigDecimal propertyTax) {

    /** Ages a person can have; an age outside these is a typo. */
    public static final int MIN_AGE = 14;
    public static final int MAX_AGE = 120;

    public TaxInput {
        Objects.requireNonNull(wages, "wages");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(state, "state");
        k401Deferral = k401Deferral == null ? BigDecimal.ZERO : k401Deferral;
        spouseWages = spouseWages == null ? BigDecimal.ZERO : spouseWages;
        locality = locality == null || locality.isBlank() ? null : locality.strip();
        workState = workState == state ? null : workState;
        roth401k = roth401k == null ? BigDecimal.ZERO : roth401k;
        hsa = hsa == null ? BigDecimal.ZERO : hsa;
        hsaCoverage = hsaCoverage == null ? HsaCoverage.SELF : hsaCoverage;
        propertyTax = propertyTax == null ? BigDecimal.ZERO : propertyTax;
        if (workState == StateCode.OTHER) {
            throw new IllegalArgumentException("the work state must be one of the 50 states or DC; leave it out "
                    + "when the job is where you live");
        }
        if (workState != null && state == StateCode.OTHER) {
            throw new IllegalArgumentException("a work state (" + workState.name() + ") needs a state of residence; "
                    + "outside the states only federal tax is computed");
        }
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
        if (roth401k.signum() < 0) {
            throw new IllegalArgumentException("the Roth 401(k) deferral can't be negative");
        }
        if (hsa.signum() < 0) {
            throw new IllegalArgumentException("the HSA contribution can't be negative");
        }
        if (propertyTax.signum() < 0) {
            throw new IllegalArgumentException("the property tax can't be negative");
        }
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new IllegalArgumentException("the age must be from " + MIN_AGE + " to " + MAX_AGE + ", found " + age);
        }
        BigDecimal payrollDeductions = k401Deferral.add(roth401k).add(hsa);
        if (payrollDeductions.compareTo(wages) > 0) {
            throw new IllegalArgumentException("the 401(k) deferrals and HSA contribution together ("
                    + payrollDeductions.toPlainString() + ") can't be more than the wages (" + wages.toPlainString()
                    + "); they come out of the earner's pay");
        }
    }

    /** No Roth deferral, HSA or property tax; age unknown. */
    public TaxInput(BigDecimal wages, FilingStatus filing, StateCode state, boolean nycResident,
                    BigDecimal mdCountyRate, BigDecimal k401Deferral, BigDecimal spouseWages, String locality,
                    StateCode workState) {
        this(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality, workState,
                BigDecimal.ZERO, null, BigDecimal.ZERO, HsaCoverage.SELF, BigDecimal.ZERO);
    }

    /** Works where they live. */
    public TaxInput(BigDecimal wages, FilingStatus filing, StateCode state, boolean nycResident,
                    BigDecimal mdCountyRate, BigDecimal k401Deferral, BigDecimal spouseWages, String locality) {
        this(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality, null);
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
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, deferral, spouseWages, locality, workState,
                roth401k, age, hsa, hsaCoverage, propertyTax);
    }

    public TaxInput withWages(BigDecimal newWages) {
        return new TaxInput(newWages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality, workState,
                roth401k, age, hsa, hsaCoverage, propertyTax);
    }

    /** The same input with a second earner's wages on the joint return. */
    public TaxInput withSpouseWages(BigDecimal newSpouseWages) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, newSpouseWages, locality, workState,
                roth401k, age, hsa, hsaCoverage, propertyTax);
    }

    /** The same input living in a locality of the state's tables (null for none). */
    public TaxInput withLocality(String newLocality) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, newLocality, workState,
                roth401k, age, hsa, hsaCoverage, propertyTax);
    }

    /** The same input with the job in another state (null, or the state of residence: works where they live). */
    public TaxInput withWorkState(StateCode newWorkState) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality,
                newWorkState, roth401k, age, hsa, hsaCoverage, propertyTax);
    }

    public TaxInput withRoth401k(BigDecimal newRoth401k) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality,
                workState, newRoth401k, age, hsa, hsaCoverage, propertyTax);
    }

    /** @param newAge the age at the end of the tax year, or null for unknown */
    public TaxInput withAge(Integer newAge) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality,
                workState, roth401k, newAge, hsa, hsaCoverage, propertyTax);
    }

    public TaxInput withHsa(BigDecimal newHsa, HsaCoverage newCoverage) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality,
                workState, roth401k, age, newHsa, newCoverage, propertyTax);
    }

    public TaxInput withPropertyTax(BigDecimal newPropertyTax) {
        return new TaxInput(wages, filing, state, nycResident, mdCountyRate, k401Deferral, spouseWages, locality,
                workState, roth401k, age, hsa, hsaCoverage, newPropertyTax);
    }

    /** Pre-tax and Roth 401(k) deferrals together: what the elective-deferral limit applies to. */
    public BigDecimal electiveDeferrals() {
        return k401Deferral.add(roth401k);
    }

    /** What comes out of pay into accounts: both 401(k) deferrals and the HSA contribution. */
    public BigDecimal accountContributions() {
        return k401Deferral.add(roth401k).add(hsa);
    }

    /** Both earners' wages. */
    public BigDecimal householdWages() {
        return wages.add(spouseWages);
    }
}
