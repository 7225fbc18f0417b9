package com.counteroffer.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Market screen's model: the standing every screen shares, and assumptions never saved or lost silently. */
class MarketModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private MarketModel model;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        fixture.services().profiles().save(1, new Profile(Level.SENIOR, 7, List.of(), "seattle", null, null, null,
                Set.of("kubernetes"), 260_000L, null, null, null, MarketAssumptions.NONE));
        model = new MarketModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void thePositionIsThePublishedBandUntilAPremiumIsSwitchedOn() {
        // (260,000 − 220,000) ÷ (350,000 − 220,000) ≈ 31 %
        assertThat(model.positionWordsProperty().get()).startsWith("31 % of the way through the Senior/Lead");
        assertThat(model.adjustmentLines()).isEmpty();

        premium("ai_skills").selected().set(true);

        // ×1.11: 244,200 – 388,500; (260,000 − 244,200) ÷ 144,300 ≈ 11 %
        assertThat(fixture.services().profiles().load(1).orElseThrow().assumptions().appliedPremiums())
                .containsExactly("ai_skills");
        assertThat(model.positionWordsProperty().get()).startsWith("11 % of the way");
        assertThat(model.adjustmentLines()).singleElement().asString().contains("×1.11");
        assertThat(model.statusProperty().get()).isEqualTo("Assumptions saved.");
        assertThat(fixture.session().standing().position().adjustedMin()).isEqualTo(244_200);
    }

    /** Defect: "Assumptions saved." showed beside a red field error, and "abc" was silently ignored. */
    @Test
    void aBadFactorIsRefusedWithAMessageAndNothingIsSavedOrShownAsSaved() {
        premium("ai_skills").selected().set(true);
        assertThat(model.statusProperty().get()).isEqualTo("Assumptions saved.");

        model.locationFactor().textProperty().set("abc");
        assertThat(model.statusProperty().get()).as("the old status no longer applies").isEmpty();
        model.apply();

        assertThat(model.locationFactor().messageProperty().get()).contains("not a multiplier");
        assertThat(model.statusProperty().get()).startsWith("Not saved").doesNotContain("Assumptions saved");
        assertThat(model.statusIsErrorProperty().get()).isTrue();
        // Switching a premium while the factor is bad saves nothing either, and the typed value stays.
        premium("ai_skills").selected().set(false);
        assertThat(fixture.services().profiles().load(1).orElseThrow().assumptions().appliedPremiums())
                .containsExactly("ai_skills");
        assertThat(model.statusProperty().get()).startsWith("Not saved");
        model.render();
        assertThat(model.locationFactor().textProperty().get()).as("a reload keeps what was typed").isEqualTo("abc");

        model.locationFactor().textProperty().set("+10%");
        model.apply();

        MarketAssumptions saved = fixture.services().profiles().load(1).orElseThrow().assumptions();
        assertThat(saved.location().value()).isEqualByComparingTo("1.1");
        assertThat(saved.appliedPremiums()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Assumptions saved.");
    }

    @Test
    void theChartPlacesEachFigureOnlyOnRangesOfItsBasis() {
        BandChartData.Content content = model.chartProperty().get();
        assertThat(content.groups()).extracting(BandChartData.Group::basis)
                .containsExactly(PayBasis.BASE, PayBasis.TOTAL_COMP, null);
        // A Senior/Lead total is not drawn in the only total-pay range, Principal/Architect's: the screen says why.
        assertThat(content.markers()).extracting(BandChartData.Marker::label, BandChartData.Marker::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Your base", PayBasis.BASE));
        assertThat(content.summary()).contains("Your base $260,000");
        assertThat(model.totalsLeftOutProperty().get()).contains("total pay for Principal/Architect only")
                .contains("Your total comp $260k (Senior/Lead)");
    }

    @Test
    void aTotalIsDrawnOnlyAgainstTheTotalPayRangeOfItsOwnLevel() {
        fixture.services().profiles().save(1, new Profile(Level.PRINCIPAL, 14, List.of(), "seattle", null, null, null,
                Set.of(), 300_000L, 60_000L, 150_000L, null, MarketAssumptions.NONE));
        fixture.services().offers().add(1, offer("Principal Co", Level.PRINCIPAL, 320_000));
        fixture.services().offers().add(1, offer("Senior Co", Level.SENIOR, 240_000));
        fixture.services().offers().add(1, offer("Levelless Co", null, 230_000));
        fixture.session().reload();

        BandChartData.Content content = model.chartProperty().get();
        assertThat(content.markers()).filteredOn(marker -> marker.basis() == PayBasis.TOTAL_COMP)
                .extracting(BandChartData.Marker::label, BandChartData.Marker::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Your total comp", 510_000L),
                        org.assertj.core.groups.Tuple.tuple("Principal Co", 320_000L));
        // Every offer's base is still placed on the base ranges.
        assertThat(content.markers()).filteredOn(marker -> marker.basis() == PayBasis.BASE)
                .extracting(BandChartData.Marker::label)
                .contains("Principal Co", "Senior Co", "Levelless Co");
        assertThat(model.totalsLeftOutProperty().get()).contains("Senior Co $240k (Senior/Lead)")
                .contains("Levelless Co $230k (no level set)").doesNotContain("Principal Co")
                .doesNotContain("Your total comp");
    }

    private static com.counteroffer.domain.offer.Offer offer(String company, Level level, long base) {
        com.counteroffer.domain.offer.Offer basic = com.counteroffer.domain.offer.Offer.basic(company, base);
        return new com.counteroffer.domain.offer.Offer(company, "Engineer", level, null, null, null, basic.status(),
                null, "", false, base, basic.yearlyRaisePercent(), basic.bonus(), List.of(), basic.clawback(), 0, null,
                List.of(), null, 0, null);
    }

    @Test
    void withoutAProfileTheScreenOffersTheWayToOne() {
        fixture.switchToNew("Priya");
        assertThat(model.hasProfileProperty().get()).isFalse();
        model.apply();
        assertThat(model.statusProperty().get()).contains("Save a profile first");
        model.openProfile();
        assertThat(fixture.navigated()).containsExactly(Screen.PROFILE);
    }

    private MarketModel.PremiumSwitch premium(String id) {
        return model.premiums().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
