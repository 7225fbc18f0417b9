package com.counteroffer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.CostOfLivingReader;
import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where an offer is taxed: moving to the hub, or commuting to it from a common commuter state. */
class TaxProfileTest {

    private static TaxProfile livingIn(StateCode state) {
        return new TaxProfile(FilingStatus.SINGLE, state, false, state == StateCode.MD ? new BigDecimal("0.0275")
                : null, BigDecimal.ZERO, null);
    }

    private static Offer offer(String location, RemotePolicy policy) {
        return new Offer("Test", "", null, location, null, null, OfferStatus.RECEIVED, policy, "", false, 150_000,
                BigDecimal.ZERO, TargetBonus.percent(BigDecimal.TEN), List.of(), null, 0, null, List.of(), null, 0, null);
    }

    @ParameterizedTest
    @CsvSource({"NJ, nyc, NY, New York", "CT, nyc, NY, New York", "MD, dc, DC, District of Columbia",
            "VA, dc, DC, District of Columbia", "WA, portland, OR, Oregon"})
    void aCommuterKeepsTheirResidenceAndWorksInTheHubsState(StateCode home, String hub, StateCode work,
                                                            String workLabel) {
        TaxProfile.Residence residence = livingIn(home).residenceFor(offer(hub, RemotePolicy.HYBRID));

        assertThat(residence.profile().state()).isEqualTo(home);
        assertThat(residence.profile().workState()).isEqualTo(work);
        assertThat(residence.profile().nycResident()).isFalse();
        assertThat(residence.explanation()).isEqualTo("Taxed as a resident of " + home.label() + ", where you live, "
                + "working in " + workLabel + " where the offer is (a common commute): the notes say which state "
                + "taxes the wages and why.");
    }

    @Test
    void theLocalityReachesTheTaxInputAndStaysBehindWhenAnOfferMovesYou() {
        TaxProfile philadelphia = new TaxProfile(FilingStatus.SINGLE, StateCode.PA, false, null, BigDecimal.ZERO,
                null, null, null, "philadelphia");

        assertThat(philadelphia.inputFor(BigDecimal.valueOf(200_000)).locality()).isEqualTo("philadelphia");
        assertThat(TaxProfile.of(null).locality()).isNull();
        assertThat(philadelphia.residenceFor(offer("seattle", RemotePolicy.ONSITE)).profile().locality()).isNull();
        assertThat(philadelphia.residenceFor(offer("seattle", RemotePolicy.REMOTE)).profile().locality())
                .isEqualTo("philadelphia");
    }

    @Test
    void aMarylandCommuterKeepsTheirCountyRate() {
        TaxProfile.Residence residence = livingIn(StateCode.MD).residenceFor(offer("dc", RemotePolicy.ONSITE));

        assertThat(residence.profile().mdCountyRate()).isEqualByComparingTo("0.0275");
    }

    @Test
    void aDistrictResidentKeepsTheDistrict() {
        TaxProfile.Residence residence = livingIn(StateCode.DC).residenceFor(offer("dc", RemotePolicy.ONSITE));

        assertThat(residence.profile().state()).isEqualTo(StateCode.DC);
        assertThat(residence.profile().workState()).isNull();
        assertThat(residence.explanation()).isEqualTo("Taxed as a resident of District of Columbia, where you live in "
                + "the DC area.");
    }

    @Test
    void someoneFromElsewhereStillMovesToTheHub() {
        TaxProfile.Residence california = livingIn(StateCode.CA).residenceFor(offer("nyc", RemotePolicy.ONSITE));
        TaxProfile.Residence newJerseyToSeattle = livingIn(StateCode.NJ).residenceFor(offer("seattle",
                RemotePolicy.ONSITE));

        assertThat(california.profile().state()).isEqualTo(StateCode.NY);
        assertThat(california.profile().nycResident()).isTrue();
        assertThat(california.profile().workState()).isNull();
        assertThat(california.explanation()).contains("where the offer is (you would move there)");
        assertThat(newJerseyToSeattle.profile().state()).isEqualTo(StateCode.WA);
        assertThat(newJerseyToSeattle.profile().workState()).isNull();
    }

    @Test
    void aRemoteOfferHasNoWorkState() {
        TaxProfile.Residence residence = livingIn(StateCode.NJ).residenceFor(offer("nyc", RemotePolicy.REMOTE));

        assertThat(residence.profile().state()).isEqualTo(StateCode.NJ);
        assertThat(residence.profile().workState()).isNull();
        assertThat(residence.explanation()).isEqualTo("Taxed as a resident of New Jersey, where you live (the offer is "
                + "remote).");
    }

    @Test
    void theOffersTaxCarriesTheWorkState() {
        // A Maryland resident at a DC office: the District taxes no nonresident's wages, so Maryland's tax alone.
        Offer dc = offer("dc", RemotePolicy.ONSITE);
        var first = OfferTakeHome.of(dc, CompensationEngine.project(dc, ProjectionSettings.defaults()),
                livingIn(StateCode.MD), TaxTablesReader.builtIn(), CostOfLivingReader.readBuiltIn()).get(0);

        assertThat(first.tax().input().workState()).isEqualTo(StateCode.DC);
        assertThat(first.tax().workStateTax()).isZero();
        assertThat(first.tax().stateIncomeTax()).isPositive();
        assertThat(first.tax().notes()).anySatisfy(note -> assertThat(note)
                .contains("District of Columbia taxes no nonresident's wages"));
        assertThat(first.residence()).contains("working in District of Columbia");
    }
}
