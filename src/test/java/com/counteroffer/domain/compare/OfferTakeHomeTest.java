package com.counteroffer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.CostOfLivingReader;
import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.CostOfLiving;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Offers taken through the 2026 taxes of where the user would live, and through regional prices. */
class OfferTakeHomeTest {

    private static final TaxTables TABLES = TaxTablesReader.builtIn();
    private static final CostOfLiving PRICES = CostOfLivingReader.readBuiltIn();
    private static final TaxProfile SEATTLE_RESIDENT = TaxProfile.of(new Profile(Level.SENIOR, 8, List.of(), "seattle",
            UsState.WA, null, null, Set.of(), 200_000L, null, null, null, null, TaxSettings.DEFAULT));

    @Test
    void anOnSiteOfferInAnotherHubIsTaxedWhereTheOfferIs() {
        Offer sanFrancisco = offer("sf", RemotePolicy.ONSITE);

        List<YearTakeHome> years = OfferTakeHome.of(sanFrancisco,
                CompensationEngine.project(sanFrancisco, ProjectionSettings.defaults()), SEATTLE_RESIDENT, TABLES, PRICES);

        YearTakeHome first = years.get(0);
        assertThat(first.tax().input().state()).isEqualTo(StateCode.CA);
        assertThat(first.tax().stateIncomeTax()).isPositive();
        assertThat(first.residence()).contains("California").contains("where the offer is");
        // purchasing power = net ÷ (118.225 ÷ 100), San Francisco–Oakland
        assertThat(first.rpp()).isEqualByComparingTo("118.225");
        assertThat(first.purchasingPower().round(MathContext.DECIMAL32))
                .isEqualByComparingTo(first.tax().net().multiply(BigDecimal.valueOf(100))
                        .divide(new BigDecimal("118.225"), MathContext.DECIMAL32));
    }

    @Test
    void withASpousesWagesTheOffersNetIsWhatItAddsAndNeverAboveItsWages() {
        // Massachusetts, joint, spouse 150,000: the household's tax less the spouse's alone is the tax the offer
        // adds; its net is its wages less that (before: the household's net, above the offer's wages).
        TaxProfile couple = TaxProfile.of(new Profile(Level.SENIOR, 8, List.of(), null, UsState.MA, null, null,
                Set.of(), null, null, null, null, null, new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 0,
                        new com.counteroffer.domain.tax.Household(150_000, null, 0, 0,
                                com.counteroffer.domain.tax.HsaCoverage.SELF, 0))));
        Offer remote = offer("sf", RemotePolicy.REMOTE);

        YearTakeHome first = OfferTakeHome.of(remote, CompensationEngine.project(remote, ProjectionSettings.defaults()),
                couple, TABLES, PRICES).get(0);
        BigDecimal spouseAloneTax = TaxEngine.compute(TABLES, TaxInput.of(BigDecimal.ZERO, FilingStatus.MARRIED_JOINT,
                StateCode.MA).withSpouseWages(BigDecimal.valueOf(150_000))).totalTax();

        assertThat(first.tax().input().spouseWages()).isEqualByComparingTo("150000");
        assertThat(first.taxOnOffer()).isEqualByComparingTo(first.tax().totalTax().subtract(spouseAloneTax));
        assertThat(first.net()).isLessThan(first.wages()).isEqualByComparingTo(first.wages().subtract(first.taxOnOffer()));
        assertThat(first.tax().net()).as("the household's net still includes the spouse's pay")
                .isGreaterThan(first.net());
    }

    @Test
    void aRemoteOfferIsTaxedWhereTheUserLives() {
        Offer remote = offer("sf", RemotePolicy.REMOTE);

        YearTakeHome first = OfferTakeHome.of(remote, CompensationEngine.project(remote, ProjectionSettings.defaults()),
                SEATTLE_RESIDENT, TABLES, PRICES).get(0);

        assertThat(first.tax().input().state()).isEqualTo(StateCode.WA);
        assertThat(first.tax().stateIncomeTax()).isZero();
        assertThat(first.tax().statePayroll()).as("WA Cares and paid leave premiums").isPositive();
        assertThat(first.rppPlace()).contains("Seattle");
    }

    @Test
    void theSameGrossNetsLessInCaliforniaThanInWashington() {
        Offer inCalifornia = offer("sf", RemotePolicy.ONSITE);
        Offer inWashington = offer("seattle", RemotePolicy.ONSITE);
        BigDecimal caNet = OfferTakeHome.of(inCalifornia, CompensationEngine.project(inCalifornia, ProjectionSettings.defaults()),
                SEATTLE_RESIDENT, TABLES, PRICES).get(0).tax().net();
        BigDecimal waNet = OfferTakeHome.of(inWashington, CompensationEngine.project(inWashington, ProjectionSettings.defaults()),
                SEATTLE_RESIDENT, TABLES, PRICES).get(0).tax().net();
        assertThat(caNet).isLessThan(waNet);
    }

    @Test
    void optionsStillHeldAreNotTaxedAsWages() {
        // 60,000 options at a $4 strike, preferred $12: (12 − 4) × 15,000 = 120,000 of spread vests in year 1,
        // but nothing is exercised or sold, so year 1's wages are the 250,000 base + 10 % bonus = 275,000.
        OptionGrant options = new OptionGrant(60_000, new BigDecimal("4.00"), new BigDecimal("4.00"),
                new BigDecimal("12.00"), null, null, null, Vesting.of(VestingPreset.STANDARD));
        Offer startup = offer("seattle", RemotePolicy.ONSITE).withTerms(250_000, List.of(), options);
        Projection projection = CompensationEngine.project(startup,
                ProjectionSettings.defaults().withValuation(ValuationBasis.PREFERRED));

        YearTakeHome first = OfferTakeHome.of(startup, projection, SEATTLE_RESIDENT, TABLES, PRICES).get(0);

        assertThat(projection.year(1).total()).isEqualByComparingTo("395000");
        assertThat(first.wages()).isEqualByComparingTo("275000");
    }

    @Test
    void everyProfileStateIsTaxedAsItselfAndNoStateAsOther() {
        TaxProfile ohio = TaxProfile.of(new Profile(Level.MID, 3, List.of(), null, UsState.OH, null, null, Set.of(),
                null, null, null, null, null, new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 24_500)));
        assertThat(ohio.state()).isEqualTo(StateCode.OH);
        for (UsState state : UsState.values()) {
            assertThat(StateCode.fromCode(state.name())).as(state.name()).isPresent();
        }
        TaxProfile none = TaxProfile.of(new Profile(Level.MID, 3, List.of(), null, null, null, null, Set.of(),
                null, null, null, null, null, new TaxSettings(FilingStatus.SINGLE, false, null, 0)));
        assertThat(none.state()).isEqualTo(StateCode.OTHER);
        assertThat(ohio.filing()).isEqualTo(FilingStatus.MARRIED_JOINT);
        assertThat(ohio.k401Deferral()).isEqualByComparingTo("24500");
    }

    private static Offer offer(String location, RemotePolicy policy) {
        return new Offer("Test", "", null, location, null, null, OfferStatus.RECEIVED, policy, "", false, 250_000,
                BigDecimal.ZERO, TargetBonus.percent(BigDecimal.TEN), List.of(), null, 0, null, List.of(), null, 0, null);
    }
}
