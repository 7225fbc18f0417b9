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
        assertThat(content.markers()).extracting(BandChartData.Marker::label, BandChartData.Marker::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Your base", PayBasis.BASE),
                        org.assertj.core.groups.Tuple.tuple("Your total comp", PayBasis.TOTAL_COMP));
        assertThat(content.summary()).contains("Your base $260,000");
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
