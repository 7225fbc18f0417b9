package com.counteroffer.service;

import com.counteroffer.domain.compare.TaxProfile;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.ExerciseTaxContext;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.tax.TaxInput;
import java.math.BigDecimal;

/**
 * An offer's options or private-company shares under a valuation basis: ownership, waterfalls,
 * exercise cost and tax, liquidity (docs/reference-data.md §2b). The tax at exercise is estimated on
 * the offer's year-1 cash pay, taxed where the client would live as the take-home figures are.
 */
public final class EquityService {

    private final OfferService offers;
    private final ProfileService profiles;
    private final TaxReference taxes;

    public EquityService(OfferService offers, ProfileService profiles, TaxReference taxes) {
        this.offers = offers;
        this.profiles = profiles;
        this.taxes = taxes;
    }

    /**
     * A saved offer's equity. Blocking (reads the store and the tax tables): call it off the JavaFX thread.
     *
     * @param basis the basis to value under instead of the offer's own, or null
     * @param exitValue a company value at exit instead of the offer's, or null
     * @throws com.counteroffer.domain.offer.NoSuchOfferException when the client has no such offer
     * @throws InvalidInputException when the offer has no options or private shares, can't be projected, or
     *     the exit value is out of range
     */
    public EquityView analyse(long clientId, long offerId, ValuationBasis basis, Long exitValue) {
        return analyse(clientId, offers.get(clientId, offerId).offer(), basis, exitValue);
    }

    /** The same for an offer not (yet) saved, such as one being edited. */
    public EquityView analyse(long clientId, Offer offer, ValuationBasis basis, Long exitValue) {
        if (!EquityAnalysis.appliesTo(offer)) {
            throw new InvalidInputException("The offer from " + offer.company() + " has no options or private-company"
                    + " shares to analyse; public-company RSUs are valued at the share price.");
        }
        if (exitValue != null && (exitValue < 0 || exitValue > EquityAnalysis.MAX_EXIT_VALUE)) {
            throw new InvalidInputException("The exit value must be a company value from $0 to "
                    + Money.format(EquityAnalysis.MAX_EXIT_VALUE) + ".");
        }
        Profile profile = profiles.load(clientId).orElse(null);
        TaxProfile.Residence residence = TaxProfile.of(profile).residenceFor(offer);
        TaxProfile taxed = residence.profile();
        try {
            // The projection values the grant under the offer's own basis, so a term the engine refuses
            // (ShareValues) can stop it too: both are said in the same words.
            YearAmounts first = OfferService.project(offer, 1, BigDecimal.ZERO).year(1);
            // Cash only: options and unsettled private shares are not wages until exercised or settled.
            BigDecimal wages = first.base().add(first.bonus()).add(first.signOn()).add(first.relocation());
            // The household and accounts as every other figure takes them (a spouse's wages raise the brackets).
            TaxInput wageYear = taxed.inputFor(wages);
            EquityAnalysis analysis = EquityAnalysis.of(offer, basis, exitValue,
                    new ExerciseTaxContext(taxes.get().tables(), wageYear));
            return new EquityView(offer.company(), analysis, wages, residence.explanation());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The equity of the offer from " + offer.company() + " can't be valued: "
                    + e.getMessage() + ".", e);
        }
    }
}
