package com.counteroffer.domain.compare;

import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Household;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxInput;
import java.math.BigDecimal;

/**
 * Who pays the tax: filing status and residence (income tax follows the state of residence, and the
 * state of the job when it is another), New York City residence, the Maryland county rate, the 401(k)
 * deferral, the hub whose prices the pay is spent at when an offer is remote, the work state, and the
 * household and accounts (spouse's wages, age, Roth 401(k), HSA, property tax).
 *
 * @param workState the state of the job when a commuter keeps their residence, or null (works where they live)
 * @param locality the city or county of residence with its own income tax (an id from the state's tables), or
 *                 null; dropped when an offer moves the user to another state
 */
public record TaxProfile(FilingStatus filing, StateCode state, boolean nycResident, BigDecimal mdCountyRate,
                         BigDecimal k401Deferral, String homeHub, StateCode workState, Household household,
                         String locality) {

    public TaxProfile {
        household = household == null ? Household.NONE : household;
    }

    /** No locality. */
    public TaxProfile(FilingStatus filing, StateCode state, boolean nycResident, BigDecimal mdCountyRate,
                      BigDecimal k401Deferral, String homeHub, StateCode workState, Household household) {
        this(filing, state, nycResident, mdCountyRate, k401Deferral, homeHub, workState, household, null);
    }

    /** No household figures beyond the filing status. */
    public TaxProfile(FilingStatus filing, StateCode state, boolean nycResident, BigDecimal mdCountyRate,
                      BigDecimal k401Deferral, String homeHub, StateCode workState) {
        this(filing, state, nycResident, mdCountyRate, k401Deferral, homeHub, workState, Household.NONE);
    }

    /** Works where they live. */
    public TaxProfile(FilingStatus filing, StateCode state, boolean nycResident, BigDecimal mdCountyRate,
                      BigDecimal k401Deferral, String homeHub) {
        this(filing, state, nycResident, mdCountyRate, k401Deferral, homeHub, null);
    }

    /**
     * The tax input for a year's wages under this profile: the deferral and the accounts cut to the wages when a
     * year pays less than they add up to.
     */
    public TaxInput inputFor(BigDecimal wages) {
        return household.applyTo(new TaxInput(wages, filing, state, nycResident, mdCountyRate,
                k401Deferral.min(wages)).withWorkState(workState)).withLocality(locality);
    }

    public static final TaxProfile DEFAULT = new TaxProfile(FilingStatus.SINGLE, StateCode.OTHER, false, null,
            BigDecimal.ZERO, null);

    /** The hubs' states: an on-site or hybrid offer in a hub is taxed where the hub is, since you would live there. */
    private static final java.util.Map<String, StateCode> HUB_STATES = java.util.Map.of(
            "sf", StateCode.CA, "seattle", StateCode.WA, "nyc", StateCode.NY, "austin", StateCode.TX,
            "dc", StateCode.VA, "portland", StateCode.OR);

    /** The state a hub is in (Northern Virginia for DC), or empty for "remote", "other" and unknown places. */
    public static java.util.Optional<StateCode> hubState(String hub) {
        return java.util.Optional.ofNullable(hub == null ? null : HUB_STATES.get(hub));
    }

    /**
     * Where a hub's commuters live and work: someone living in one of these states keeps their residence and
     * works in the hub's state (a Portland hub is ready for when the market data has one).
     */
    private record Commute(StateCode workState, java.util.Set<StateCode> homes) {
    }

    private static final java.util.Map<String, Commute> COMMUTES = java.util.Map.of(
            "nyc", new Commute(StateCode.NY, java.util.Set.of(StateCode.NJ, StateCode.CT)),
            "dc", new Commute(StateCode.DC, java.util.Set.of(StateCode.MD, StateCode.VA)),
            "portland", new Commute(StateCode.OR, java.util.Set.of(StateCode.WA)));

    /**
     * The residence an offer is taxed at, and why. A remote offer, or one outside the hubs, keeps the
     * profile's state; an offer in a hub moves you there, unless you live in a state its commuters
     * commonly live in (New Jersey or Connecticut for New York City, Maryland or Virginia for DC,
     * Washington for Portland): then you keep your residence and work in the hub's state. A DC
     * resident keeps DC; otherwise Northern Virginia is assumed for DC; in New York City, city
     * residence is assumed unless your profile already says New York without the city.
     */
    public Residence residenceFor(com.counteroffer.domain.offer.Offer offer) {
        String hub = offer.location();
        boolean remote = offer.remotePolicy() == com.counteroffer.domain.offer.RemotePolicy.REMOTE;
        StateCode hubState = hub == null ? null : HUB_STATES.get(hub);
        if (remote || hubState == null) {
            return new Residence(this, state == StateCode.OTHER
                    ? "Taxed where you live (no state of residence in your profile: federal tax and FICA only)."
                    : "Taxed as a resident of " + state.label() + ", where you live"
                            + (remote ? " (the offer is remote)." : "."));
        }
        Commute commute = COMMUTES.get(hub);
        if (commute != null && commute.homes().contains(state)) {
            TaxProfile commuting = new TaxProfile(filing, state, nycResident, mdCountyRate, k401Deferral, homeHub,
                    commute.workState(), household, locality);
            return new Residence(commuting, "Taxed as a resident of " + state.label() + ", where you live, working in "
                    + commute.workState().label() + " where the offer is (a common commute): the notes say which "
                    + "state taxes the wages and why.");
        }
        if (hubState == StateCode.VA && state == StateCode.DC) {
            return new Residence(this, "Taxed as a resident of " + state.label() + ", where you live in the DC area.");
        }
        if (hubState == state) {
            return new Residence(this, "Taxed as a resident of " + state.label() + ", where you live and the offer is.");
        }
        boolean nyc = hubState == StateCode.NY;
        TaxProfile moved = new TaxProfile(filing, hubState, nyc, null, k401Deferral, hub, null, household);
        return new Residence(moved, "Taxed as a resident of " + hubState.label() + (nyc ? " and New York City" : "")
                + ", where the offer is (you would move there); set the offer's remote policy to Remote to use "
                + "your own state.");
    }

    /** The profile an offer is taxed under, and the sentence that says why. */
    public record Residence(TaxProfile profile, String explanation) {
    }

    /** The tax profile a saved profile describes; states without modelled tax become OTHER. */
    public static TaxProfile of(Profile profile) {
        if (profile == null) {
            return DEFAULT;
        }
        TaxSettings tax = profile.tax();
        StateCode state = profile.stateOfResidence() == null ? StateCode.OTHER
                : StateCode.fromCode(profile.stateOfResidence().name()).orElse(StateCode.OTHER);
        return new TaxProfile(tax.filingStatus(), state, tax.nycResident() && state == StateCode.NY,
                state == StateCode.MD ? tax.mdCountyRate() : null, BigDecimal.valueOf(tax.k401Deferral()),
                profile.location(), null, tax.household(), tax.locality());
    }
}
