package com.counteroffer.domain.tax;

import java.math.BigDecimal;

/**
 * What the profile says about the household and accounts beyond the earner's wages, in whole dollars a year: a
 * spouse's wages on a joint return, the earner's age (null when not given), the Roth 401(k) deferral, the payroll
 * HSA contribution and its coverage, and the property tax for itemizing.
 */
public record Household(long spouseWages, Integer age, long roth401k, long hsa, HsaCoverage hsaCoverage,
                        long propertyTax) {

    public static final Household NONE = new Household(0, null, 0, 0, HsaCoverage.SELF, 0);

    public Household {
        hsaCoverage = hsaCoverage == null ? HsaCoverage.SELF : hsaCoverage;
        if (spouseWages < 0 || roth401k < 0 || hsa < 0 || propertyTax < 0) {
            throw new IllegalArgumentException("the spouse's wages, Roth 401(k), HSA and property tax can't be negative");
        }
        if (age != null && (age < TaxInput.MIN_AGE || age > TaxInput.MAX_AGE)) {
            throw new IllegalArgumentException("the age must be from " + TaxInput.MIN_AGE + " to " + TaxInput.MAX_AGE
                    + ", found " + age);
        }
    }

    /**
     * The input with this household's figures. A year's wages may be smaller than the contributions (a partial
     * year): the Roth deferral, then the HSA contribution, are cut to what is left after the pre-tax deferral.
     * The spouse's wages count only on a joint return.
     */
    public TaxInput applyTo(TaxInput input) {
        BigDecimal left = input.wages().subtract(input.k401Deferral()).max(BigDecimal.ZERO);
        BigDecimal roth = BigDecimal.valueOf(roth401k).min(left);
        BigDecimal hsaPaid = BigDecimal.valueOf(hsa).min(left.subtract(roth));
        BigDecimal spouse = input.filing() == FilingStatus.MARRIED_JOINT ? BigDecimal.valueOf(spouseWages)
                : BigDecimal.ZERO;
        return new TaxInput(input.wages(), input.filing(), input.state(), input.nycResident(), input.mdCountyRate(),
                input.k401Deferral(), spouse, input.locality(), input.workState(), roth, age, hsaPaid, hsaCoverage,
                BigDecimal.valueOf(propertyTax));
    }
}
