package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The year's limits on the accounts paid from wages: the 401(k) elective-deferral limit (pre-tax and Roth together)
 * with its age catch-up, the rule that a high earner's catch-up must be Roth, and the HSA limit. Figures come
 * from the federal tables.
 */
public final class AccountLimits {

    /** Catch-up ages: 50 and over (IRC §414(v)(5)), with a higher amount at 60 to 63 (SECURE 2.0 §109). */
    static final int CATCH_UP_AGE = 50;
    static final int HIGHER_CATCH_UP_FROM = 60;
    static final int HIGHER_CATCH_UP_TO = 63;
    /** HSA catch-up from 55 (IRC §223(b)(3)). */
    static final int HSA_CATCH_UP_AGE = 55;

    /** Which contribution a refusal is about, so that forms and flags can name it. */
    public enum Account { PRE_TAX_401K, ELECTIVE_DEFERRALS, HSA }

    /** A contribution over its limit, in words that say what to change. */
    public record Problem(Account account, String message) {
    }

    private AccountLimits() {
    }

    /** The 401(k) catch-up allowed at {@code age} (age at the end of the year); none when the age is unknown. */
    public static BigDecimal catchUp(TaxTables tables, Integer age) {
        if (age == null || age < CATCH_UP_AGE) {
            return BigDecimal.ZERO;
        }
        boolean higher = age >= HIGHER_CATCH_UP_FROM && age <= HIGHER_CATCH_UP_TO;
        return federal(tables, higher ? "catch_up_limit_60_to_63" : "catch_up_limit");
    }

    /** Pre-tax and Roth deferrals together may reach this: the elective-deferral limit plus the catch-up. */
    public static BigDecimal electiveDeferralLimit(TaxTables tables, Integer age) {
        return tables.electiveDeferralLimit().add(catchUp(tables, age));
    }

    /** The HSA limit for the coverage, with the catch-up from 55. */
    public static BigDecimal hsaLimit(TaxTables tables, HsaCoverage coverage, Integer age) {
        BigDecimal limit = federal(tables, coverage == HsaCoverage.FAMILY ? "hsa_limit_family" : "hsa_limit_self");
        return age != null && age >= HSA_CATCH_UP_AGE ? limit.add(federal(tables, "hsa_catch_up")) : limit;
    }

    /**
     * Whether the catch-up must be Roth (SECURE 2.0 §603): last year's FICA wages from the employer above the
     * threshold. Last year's wages are not asked for, so this year's FICA wages (wages less the payroll HSA
     * contribution) stand in for them.
     */
    public static boolean catchUpMustBeRoth(TaxTables tables, TaxInput input) {
        return input.wages().subtract(input.hsa()).compareTo(federal(tables, "catch_up_roth_wage_threshold")) > 0;
    }

    /** The first contribution over its limit, if any. */
    public static Optional<Problem> problem(TaxTables tables, TaxInput input) {
        int year = tables.taxYear();
        BigDecimal base = tables.electiveDeferralLimit();
        BigDecimal catchUp = catchUp(tables, input.age());
        BigDecimal deferrals = input.electiveDeferrals();
        if (deferrals.compareTo(base.add(catchUp)) > 0) {
            String which = input.roth401k().signum() == 0 ? "the 401(k) deferral " + dollars(deferrals)
                    : "the 401(k) deferrals, pre-tax " + dollars(input.k401Deferral()) + " and Roth "
                            + dollars(input.roth401k()) + " together " + dollars(deferrals) + ",";
            String allowance = input.age() == null
                    ? "; a catch-up is allowed from age " + CATCH_UP_AGE + ": give the age to use it"
                    : catchUp.signum() == 0 ? " at age " + input.age()
                    : " including the " + dollars(catchUp) + " catch-up at age " + input.age();
            return Optional.of(new Problem(Account.ELECTIVE_DEFERRALS, which + " is above the " + year
                    + " limit of " + dollars(base.add(catchUp)) + allowance));
        }
        if (catchUp.signum() > 0 && input.k401Deferral().compareTo(base) > 0 && catchUpMustBeRoth(tables, input)) {
            return Optional.of(new Problem(Account.PRE_TAX_401K, "the pre-tax 401(k) deferral "
                    + dollars(input.k401Deferral()) + " goes beyond the " + dollars(base) + " limit into the catch-up, "
                    + "which must be Roth when last year's FICA wages were above "
                    + dollars(federal(tables, "catch_up_roth_wage_threshold")) + " (SECURE 2.0 §603; this year's "
                    + "wages stand in for last year's): move " + dollars(input.k401Deferral().subtract(base))
                    + " to the Roth 401(k)"));
        }
        BigDecimal hsaLimit = hsaLimit(tables, input.hsaCoverage(), input.age());
        if (input.hsa().compareTo(hsaLimit) > 0) {
            return Optional.of(new Problem(Account.HSA, "the HSA contribution " + dollars(input.hsa()) + " is above the "
                    + year + " limit of " + dollars(hsaLimit) + " for " + input.hsaCoverage().label().toLowerCase(
                            Locale.ROOT) + " coverage" + (input.age() != null && input.age() >= HSA_CATCH_UP_AGE
                                    ? " (with the catch-up from " + HSA_CATCH_UP_AGE + ")"
                                    : "; " + dollars(federal(tables, "hsa_catch_up")) + " more is allowed from age "
                                            + HSA_CATCH_UP_AGE)));
        }
        return Optional.empty();
    }

    private static BigDecimal federal(TaxTables tables, String figure) {
        return tables.get(JurisdictionId.FEDERAL).figure(figure).value();
    }

    static String dollars(BigDecimal amount) {
        return TaxEngine.dollars(amount);
    }
}
