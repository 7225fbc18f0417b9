package com.counteroffer.service;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TakeHome;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import java.util.Locale;

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

    private final TaxReference reference;

    public TaxService(TaxReference reference) {
        this.reference = reference;
    }

    /**
     * What the user asks about.
     *
     * @param mdCountyPercent the Maryland county rate in percent (3.2 for 3.2 %), or null for the tables' default
     * @param spouseWages a second earner's wages on the joint return, 0 for none; only when married filing jointly
     * @param locality the id of the city or county of residence with its own taxes (e.g. philadelphia), or null
     */
    public record Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                          BigDecimal mdCountyPercent, long k401Deferral, long spouseWages, String locality) {

        /** No locality. */
        public Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                       BigDecimal mdCountyPercent, long k401Deferral, long spouseWages) {
            this(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, spouseWages, null);
        }

        /** One earner. */
        public Request(long wages, StateCode state, FilingStatus filing, boolean nycResident,
                       BigDecimal mdCountyPercent, long k401Deferral) {
            this(wages, state, filing, nycResident, mdCountyPercent, k401Deferral, 0);
        }
    }

    /** The tax worked out, and the tax year of the tables used. */
    public record Answer(TaxResult result, int taxYear) {
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
        TaxTables tables = reference.get().tables();
        BigDecimal wages = BigDecimal.valueOf(request.wages());
        BigDecimal deferral = BigDecimal.valueOf(request.k401Deferral());
        if (deferral.compareTo(tables.electiveDeferralLimit()) > 0) {
            throw new InvalidInputException(DEFERRAL, "the 401(k) deferral " + Money.format(request.k401Deferral())
                    + " is above the " + tables.taxYear() + " elective-deferral limit of "
                    + Money.format(tables.electiveDeferralLimit().longValue()));
        }
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
        try {
            return new Answer(TakeHome.forWages(tables, new TaxInput(wages, request.filing(), request.state(),
                    request.nycResident(), county, deferral, BigDecimal.valueOf(request.spouseWages()),
                    request.locality())), tables.taxYear());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }
}
