package com.counteroffer.service;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.tax.AccountLimits;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TakeHome;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.TaxTables;
import com.counteroffer.domain.tax.withholding.Withholding;
import com.counteroffer.domain.tax.withholding.WithholdingInput;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The year's tax and take-home pay on a year's wages, from what the user gave. */
public final class TaxService {

    /** Maryland counties charge 2.25–3.3 %; outside 1–5 % it is most likely a fraction or a typo. */
    static final BigDecimal MIN_COUNTY_PERCENT = BigDecimal.ONE;
    static final BigDecimal MAX_COUNTY_PERCENT = BigDecimal.valueOf(5);

    /** The inputs a refusal can be about. */
    public static final String NYC = "nycResident";
    public static final String COUNTY = "mdCountyPercent";
    public static final String DEFERRAL = "k401Deferral";
    public static final String SPOUSE = "spouseWages";
    public static final String LOCALITY = "locality";
    public static final String SUPPLEMENTAL = "supplementalWages";
    public static final String PRIOR_YEAR_TAX = "priorYearTax";
    public static final String WORK_STATE = "workState";
    // Deductions and accounts (issue 19): the Roth 401(k), both deferrals together, age, HSA, property tax.
    public static final String ROTH = "roth401k";
    public static final String DEFERRALS = "electiveDeferrals";
    public static final String AGE = "age";
    public static final String HSA = "hsa";
    public static final String PROPERTY_TAX = "propertyTax";

    private final TaxReference reference;

    public TaxService(TaxReference reference) {
        this.reference = reference;
    }

    /**
     * What the user asks about.
     *
     * @param mdCountyPercent the Maryland county rate in percent (3.2 for 3.2 %), or null for the tables' default
     * @param spouseWages a second earner's wages on the joint return, 0 for none; only when married filing jointly
     * @param supplementalWages the part of {@code wages} paid as bonus, sign-on and RSU vests (withholding only)
     * @param priorYearTax last year's federal tax for the safe harbour, or null when not known
     * @param priorYearAgiOver150k whether last year's AGI was above 150,000; only with {@code priorYearTax}
     * @param locality the id of the city or county of residence with its own taxes (e.g. philadelphia), or null
     * @param workState the state where the job is when not the state of residence, or null (works where they live)
     * @param roth401k Roth 401(k) deferral, 0 for none
     * @param age age at the end of the tax year, or null when not given (no catch-up then)
     * @param hsa payroll HSA contribution, 0 for none
     * @param hsaCoverage the health plan's coverage; null for self-only
     * @param propertyTax real-estate tax for itemizing, 0 for none
     */
    public record Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                          BigDecimal mdCountyPercent, long k401Deferral, long spouseWages, long supplementalWages,
                          Long priorYearTax, boolean priorYearAgiOver150k, String locality, StateCode workState,
                          long roth401k, Integer age, long hsa, HsaCoverage hsaCoverage, long propertyTax) {

        /** No Roth deferral, HSA or property tax; age not given. */
        public Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                       BigDecimal mdCountyPercent, long k401Deferral, long spouseWages, long supplementalWages,
                       Long priorYearTax, boolean priorYearAgiOver150k, String locality, StateCode workState) {
            this(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, spouseWages, supplementalWages,
                    priorYearTax, priorYearAgiOver150k, locality, workState, 0, null, 0, null, 0);
        }

        /** Works where they live. */
        public Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                       BigDecimal mdCountyPercent, long k401Deferral, long spouseWages, long supplementalWages,
                       Long priorYearTax, boolean priorYearAgiOver150k, String locality) {
            this(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, spouseWages, supplementalWages,
                    priorYearTax, priorYearAgiOver150k, locality, null);
        }

        /** No locality. */
        public Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                       BigDecimal mdCountyPercent, long k401Deferral, long spouseWages, long supplementalWages,
                       Long priorYearTax, boolean priorYearAgiOver150k) {
            this(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, spouseWages, supplementalWages,
                    priorYearTax, priorYearAgiOver150k, null);
        }

        /** One earner. */
        public Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                       BigDecimal mdCountyPercent, long k401Deferral) {
            this(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, 0);
        }

        /** All pay regular, last year's tax not known. */
        public Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                       BigDecimal mdCountyPercent, long k401Deferral, long spouseWages) {
            this(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, spouseWages, 0, null, false);
        }

        /** The same request living in a locality of the state's tables (null for none). */
        public Request withLocality(String newLocality) {
            return new Request(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, spouseWages,
                    supplementalWages, priorYearTax, priorYearAgiOver150k, newLocality, workState, roth401k, age,
                    hsa, hsaCoverage, propertyTax);
        }

        /** The same request with the job in another state (null: works where they live). */
        public Request withWorkState(StateCode newWorkState) {
            return new Request(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, spouseWages,
                    supplementalWages, priorYearTax, priorYearAgiOver150k, locality, newWorkState, roth401k, age,
                    hsa, hsaCoverage, propertyTax);
        }

        /** The same request with the accounts and property tax given. */
        public Request withAccounts(long newRoth401k, Integer newAge, long newHsa, HsaCoverage newCoverage,
                                    long newPropertyTax) {
            return new Request(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, spouseWages,
                    supplementalWages, priorYearTax, priorYearAgiOver150k, locality, workState, newRoth401k, newAge,
                    newHsa, newCoverage, newPropertyTax);
        }
    }

    /**
     * The tax worked out, and the tax year of the tables used.
     *
     * @param withholding what payroll withholds beside what is owed, the balance due and the safe harbour
     */
    public record Answer(TaxResult result, int taxYear, WithholdingResult withholding) {
    }

    /** A city or county with its own income tax, as a resident chooses it. */
    public record LocalityChoice(String id, String name) {
    }

    /** Each state's localities (city and county income taxes) from the tables, for the Profile's choice. */
    public Map<StateCode, List<LocalityChoice>> localities() {
        TaxTables tables = reference.tables();
        Map<StateCode, List<LocalityChoice>> all = new EnumMap<>(StateCode.class);
        for (StateCode state : StateCode.values()) {
            all.put(state, state.jurisdiction().map(tables::get).map(jurisdiction -> jurisdiction.localities().stream()
                    .map(locality -> new LocalityChoice(locality.id(), locality.name())).toList()).orElse(List.of()));
        }
        return all;
    }

    /** @throws InvalidInputException naming the option or field to fix */
    public Answer takeHome(Request request) {
        if (request.nycResident() && request.state() != StateCode.NY) {
            throw new InvalidInputException(NYC, "New York City residence applies only with the state NY (New York City "
                    + "residents), not " + request.state().name());
        }
        if (request.spouseWages() < 0) {
            throw new InvalidInputException(SPOUSE, "the spouse's wages can't be negative");
        }
        if (request.spouseWages() > 0 && request.filing() != FilingStatus.MARRIED_JOINT) {
            throw new InvalidInputException(SPOUSE, "a spouse's wages apply only when married filing jointly (mfj), "
                    + "not " + request.filing().label().toLowerCase(Locale.ROOT));
        }
        BigDecimal county = null;
        if (request.mdCountyPercent() != null) {
            if (request.state() != StateCode.MD) {
                throw new InvalidInputException(COUNTY, "a Maryland county rate applies only with the state MD, not "
                        + request.state().name());
            }
            if (request.mdCountyPercent().compareTo(MIN_COUNTY_PERCENT) < 0
                    || request.mdCountyPercent().compareTo(MAX_COUNTY_PERCENT) > 0) {
                throw new InvalidInputException(COUNTY, "the Maryland county rate " + request.mdCountyPercent().toPlainString()
                        + " is outside 1–5; give it in percent, e.g. 3.2 for 3.2 % (Maryland counties charge "
                        + "2.25–3.3 %)");
            }
            county = request.mdCountyPercent().movePointLeft(2);
        }
        checkWithholding(request);
        checkAccounts(request);
        TaxTables tables = reference.tables();
        BigDecimal wages = BigDecimal.valueOf(request.wages());
        BigDecimal deferral = BigDecimal.valueOf(request.k401Deferral());
        if (deferral.compareTo(wages) > 0) {
            throw new InvalidInputException(DEFERRAL, "the 401(k) deferral " + Money.format(request.k401Deferral())
                    + " is more than the wages (" + Money.format(request.wages()) + "); a deferral comes out of wages");
        }
        if (request.locality() != null) {
            if (request.nycResident()) {
                throw new InvalidInputException(LOCALITY, "New York City residence and the locality "
                        + request.locality() + " can't both apply: choose one");
            }
            try {
                TaxEngine.locality(tables, TaxInput.of(wages, request.filing(), request.state())
                        .withLocality(request.locality()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(LOCALITY, e.getMessage());
            }
        }
        StateCode work = request.workState() == request.state() ? null : request.workState();
        if (work == StateCode.OTHER) {
            throw new InvalidInputException(WORK_STATE, "the work state must be one of the 50 states or DC; leave it "
                    + "out when the job is where you live (or abroad: then only your state of residence taxes it)");
        }
        if (work != null && request.state() == StateCode.OTHER) {
            throw new InvalidInputException(WORK_STATE, "a work state (" + work.name() + ") needs a state of "
                    + "residence; give the state you live in");
        }
        long contributions = request.k401Deferral() + request.roth401k() + request.hsa();
        if (contributions > request.wages()) {
            throw new InvalidInputException(request.hsa() > 0 ? HSA : DEFERRALS, "the 401(k) deferrals and HSA "
                    + "contribution together (" + Money.format(contributions) + ") are more than the wages ("
                    + Money.format(request.wages()) + "); they come out of wages");
        }
        TaxInput input = new TaxInput(wages, request.filing(), request.state(), request.nycResident(), county,
                deferral, BigDecimal.valueOf(request.spouseWages()), request.locality(), work,
                BigDecimal.valueOf(request.roth401k()), request.age(), BigDecimal.valueOf(request.hsa()),
                request.hsaCoverage(), BigDecimal.valueOf(request.propertyTax()));
        AccountLimits.problem(tables, input).ifPresent(problem -> {
            throw new InvalidInputException(field(problem.account()), problem.message());
        });
        try {
            TaxResult result = TakeHome.forWages(tables, input);
            WithholdingResult withholding = Withholding.compute(reference.withholding(), tables, result,
                    new WithholdingInput(BigDecimal.valueOf(request.supplementalWages()),
                            request.priorYearTax() == null ? null : BigDecimal.valueOf(request.priorYearTax()),
                            request.priorYearAgiOver150k()));
            return new Answer(result, tables.taxYear(), withholding);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private static void checkAccounts(Request request) {
        if (request.roth401k() < 0) {
            throw new InvalidInputException(ROTH, "the Roth 401(k) deferral can't be negative");
        }
        if (request.hsa() < 0) {
            throw new InvalidInputException(HSA, "the HSA contribution can't be negative");
        }
        if (request.propertyTax() < 0) {
            throw new InvalidInputException(PROPERTY_TAX, "the property tax can't be negative");
        }
        if (request.age() != null && (request.age() < TaxInput.MIN_AGE || request.age() > TaxInput.MAX_AGE)) {
            throw new InvalidInputException(AGE, "the age must be a whole number of years from " + TaxInput.MIN_AGE
                    + " to " + TaxInput.MAX_AGE + " (age at the end of the tax year), found " + request.age());
        }
    }

    private static String field(AccountLimits.Account account) {
        return switch (account) {
            case PRE_TAX_401K -> DEFERRAL;
            case ELECTIVE_DEFERRALS -> DEFERRALS;
            case HSA -> HSA;
        };
    }

    private static void checkWithholding(Request request) {
        if (request.supplementalWages() < 0) {
            throw new InvalidInputException(SUPPLEMENTAL, "the supplemental wages can't be negative");
        }
        if (request.supplementalWages() > request.wages()) {
            throw new InvalidInputException(SUPPLEMENTAL, "the supplemental wages " + Money.format(
                    request.supplementalWages()) + " are more than the wages (" + Money.format(request.wages())
                    + "); they are the part of the wages paid as bonus, sign-on and RSU vests");
        }
        if (request.priorYearTax() != null && request.priorYearTax() < 0) {
            throw new InvalidInputException(PRIOR_YEAR_TAX, "last year's tax can't be negative");
        }
        if (request.priorYearAgiOver150k() && request.priorYearTax() == null) {
            throw new InvalidInputException(PRIOR_YEAR_TAX, "last year's AGI above 150,000 matters only with last "
                    + "year's tax; give that too");
        }
    }
}
