package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.equity.ExerciseTax;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.UsState;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The equity of an offer for a client: the tax at exercise follows the client's residence and cash pay. */
class EquityServiceTest {

    @TempDir
    Path folder;

    /** A remote offer: base $140,000, a $10,000 sign-on, 10,000 NSOs at $1 with the 409A at $6. */
    private static Offer remoteNsos() {
        OptionGrant options = new OptionGrant(10_000, BigDecimal.ONE, BigDecimal.valueOf(6), BigDecimal.valueOf(15),
                null, null, null, Vesting.of(VestingPreset.STANDARD), OptionType.NSO, false, PrivateCompany.DEFAULTS);
        return new Offer("Remote Labs", "", null, "sf", null, null, null, RemotePolicy.REMOTE, "", false, 140_000,
                BigDecimal.ZERO, null, List.of(SignOnPayment.lumpSum(10_000, 1)), null, 0, options, List.of(), null,
                0, null);
    }

    @Test
    void theSpreadIsTaxedOnTopOfTheYearsCashWhereTheClientLives() {
        try (Services services = Services.open(folder.resolve("equity.db"))) {
            services.profiles().save(1, new Profile(Level.SENIOR, 7, List.of(), "austin", UsState.TX, null, null,
                    Set.of(), null, null, null, null, MarketAssumptions.NONE));

            EquityView view = services.equity().analyse(1, remoteNsos(), ValuationBasis.PREFERRED, null);

            // Cash: $140,000 base + $10,000 sign-on = $150,000; remote, so taxed in Texas (no wage tax).
            // The $50,000 spread: federal 24 % = $12,000; Social Security ($184,500 − $150,000) × 6.2 % =
            // $2,139; Medicare 1.45 % = $725. Total $14,864.
            assertThat(view.wagesForTax()).isEqualByComparingTo("150000");
            assertThat(view.taxedAs()).contains("Texas");
            ExerciseTax tax = view.analysis().exercise().tax();
            assertThat(tax.taxOnNsoSpread()).isEqualByComparingTo("14864");
            // At the $15 preferred price: 10,000 × ($15 − $1) = $140,000.
            assertThat(view.analysis().grantValue().expected()).isEqualByComparingTo("140000");
        }
    }

    @Test
    void aSpousesWagesOnTheJointReturnRaiseTheSpreadsBracket() {
        try (Services services = Services.open(folder.resolve("equity-couple.db"))) {
            services.profiles().save(1, new Profile(Level.SENIOR, 7, List.of(), "austin", UsState.TX, null, null,
                    Set.of(), null, null, null, null, MarketAssumptions.NONE,
                    new com.counteroffer.domain.profile.TaxSettings(com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT,
                            false, null, 0, new com.counteroffer.domain.tax.Household(300_000, null, 0, 0,
                                    com.counteroffer.domain.tax.HsaCoverage.SELF, 0))));

            ExerciseTax tax = services.equity().analyse(1, remoteNsos(), ValuationBasis.PREFERRED, null).analysis()
                    .exercise().tax();

            // Household 150,000 + 300,000 joint: taxable 417,800 before the spread, in the 32 % bracket up to
            // 512,450 (joint 2026), so the $50,000 spread pays 32 % = $16,000 federal; Social Security on the
            // earner's own 34,500 left under the base = $2,139; Medicare 1.45 % = $725 (the couple's 450,000 is
            // above the 250,000 joint threshold: + 0.9 % = $450). Total $19,314; without the spouse $14,864.
            assertThat(tax.taxOnNsoSpread()).isEqualByComparingTo("19314");
        }
    }

    @Test
    void anOfferWithoutPrivateEquityOrAnImpossibleExitIsRefusedInWords() {
        try (Services services = Services.open(folder.resolve("refused.db"))) {
            Offer rsus = Offer.basic("Northwind", 200_000).withTerms(200_000, List.of(),
                    RsuGrant.ofValue(400_000, Vesting.of(VestingPreset.STANDARD)));
            assertThatThrownBy(() -> services.equity().analyse(1, rsus, null, null))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no options or private-company");
            assertThatThrownBy(() -> services.equity().analyse(1, remoteNsos(), null, -1L))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("exit value");
        }
    }

    @Test
    void aPrivateTermOutOfRangeIsRefusedInWordsNamingIt() {
        try (Services services = Services.open(folder.resolve("out-of-range.db"))) {
            Offer negativeRounds = withCompany(remoteNsos(), null, new PrivateCompany(ValuationBasis.PREFERRED, null,
                    null, List.of(), Preferences.NONE, new Dilution(BigDecimal.valueOf(20), -1), Liquidity.AT_EXIT));
            assertThatThrownBy(() -> services.equity().analyse(1, negativeRounds, null, null))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("rounds_to_exit");

            // A valuation of $5 × 10^18 passes the offer's checks, but 10× of it is beyond what the default
            // scenarios can hold: refused in words under the scenarios, whether chosen here or saved.
            Offer huge = withCompany(remoteNsos(), 5_000_000_000_000_000_000L, PrivateCompany.DEFAULTS);
            String refusal = "The equity of the offer from Remote Labs can't be valued: the company's valuation"
                    + " (given, or the preferred price × the fully diluted shares) must be at most"
                    + " $10,000,000,000,000 for the default exit scenarios.";
            assertThatThrownBy(() -> services.equity().analyse(1, huge, ValuationBasis.SCENARIOS, null))
                    .isInstanceOf(InvalidInputException.class).hasMessage(refusal);
            Offer savedAsScenarios = withCompany(remoteNsos(), 5_000_000_000_000_000_000L,
                    PrivateCompany.DEFAULTS.withValuation(ValuationBasis.SCENARIOS));
            assertThatThrownBy(() -> services.equity().analyse(1, savedAsScenarios, null, null))
                    .isInstanceOf(InvalidInputException.class).hasMessage(refusal);
            // At the preferred price the valuation doesn't matter; only the scenario table is left out.
            EquityView atPreferred = services.equity().analyse(1, huge, ValuationBasis.PREFERRED, null);
            assertThat(atPreferred.analysis().scenarios()).isEmpty();
        }
    }

    /** The offer's options with another valuation and other private-company terms. */
    private static Offer withCompany(Offer offer, Long valuation, PrivateCompany company) {
        OptionGrant o = (OptionGrant) offer.equity();
        OptionGrant options = new OptionGrant(o.shares(), o.strike(), o.fairMarketValue(), o.preferredPrice(),
                valuation, 1_000_000_000L, o.exerciseWindowMonths(), o.vesting(), o.type(), o.earlyExercise(), company);
        return offer.withTerms(offer.base(), offer.signOns(), options);
    }
}
