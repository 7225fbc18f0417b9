package com.counteroffer.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The market screen on a saved profile: position, markers by basis, premiums switched on and kept. */
class MarketFxTest extends FxTestBase {

    @Test
    void placesTheUserAndAppliesASwitchedOnPremiumThatSurvivesARestart() throws Exception {
        Path db = folder.resolve("market.db");
        try (Services services = Services.open(db)) {
            services.profiles().save(1, new Profile(Level.SENIOR, 8, List.of(),
                    "seattle", null, null, null, Set.of("kubernetes"), 260_000L, 30_000L, 80_000L, null, null));
        }
        running = RunningApp.start(db);
        assertThat(running.app().mainWindow().current()).isEqualTo(Screen.MARKET);

        // (260,000 − 220,000) ÷ (350,000 − 220,000) = 0.3077 → 31 %
        assertThat(text("#positionWords")).isEqualTo("31 % of the way through the Senior/Lead base salary range.");
        assertThat(text("#positionFormula")).contains("(260,000 − 220,000) ÷ (350,000 − 220,000) = 30.8 %");
        BandChart chart = robot.lookup("#chart").queryAs(BandChart.class);
        // The Senior/Lead total is not drawn in Principal/Architect's total-pay range; a note says why.
        assertThat(chart.markers()).extracting(BandChartData.Marker::basis, BandChartData.Marker::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PayBasis.BASE, 260_000L));
        assertThat(text("#totalsLeftOut")).contains("Your total comp $370k (Senior/Lead)");
        assertThat(chart.groups()).extracting(BandChartData.Group::basis)
                .containsExactly(PayBasis.BASE, PayBasis.TOTAL_COMP, null);
        assertThat(chart.getAccessibleText()).contains("Senior/Lead $220,000 to $350,000 or more, base salary");

        // The switch sits below the fold of the scrolling screen; fire it as a click would.
        robot.interact(() -> robot.lookup("#premium-ai_skills").queryAs(CheckBox.class).fire());
        // ×1.11: 244,200 – 388,500; (260,000 − 244,200) ÷ 144,300 = 0.1095 → 11 %
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#positionWords").startsWith("11 %"));
        // The words change a moment before the adjustment list in the same render: read once it is done.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#positionWords")).contains("after adjustments (×1.11: $244,200 – $388,500+)");
        assertThat(adjustmentLines()).anySatisfy(line -> assertThat(line).contains("×1.11").contains("IZA World of Labor"));

        TextField factor = robot.lookup("#locationFactor").queryAs(TextField.class);
        robot.interact(factor::requestFocus);
        robot.write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#locationFactorError")).contains("not a multiplier");
        assertThat(running.context().session().profile().assumptions().location()).isNull();
        assertThat(text("#assumptionsStatus")).startsWith("Not saved");

        running.close();
        running = RunningApp.start(db);
        assertThat(robot.lookup("#premium-ai_skills").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(text("#positionWords")).startsWith("11 %");
    }

    @Test
    void savedOffersAppearOnTheBaseRangesAndTheirTotalsOnlyAgainstTheirOwnLevel() throws Exception {
        Path db = folder.resolve("offers-on-market.db");
        try (Services services = Services.open(db)) {
            services.profiles().save(1, new Profile(Level.SENIOR, 8, List.of(),
                    null, null, null, null, Set.of(), 260_000L, null, null, null, null));
            services.offers().add(1, Samples.bigTech());
        }
        running = RunningApp.start(db);
        BandChart chart = robot.lookup("#chart").queryAs(BandChart.class);
        // Northwind Cloud: base 200,000 on the base ranges; its annualised 342,500 is a Senior/Lead offer's total,
        // which the seed's only total-pay range (Principal/Architect) says nothing about: not drawn, and said so.
        assertThat(chart.markers()).extracting(BandChartData.Marker::label, BandChartData.Marker::basis, BandChartData.Marker::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Your base", PayBasis.BASE, 260_000L),
                        org.assertj.core.groups.Tuple.tuple("Northwind Cloud", PayBasis.BASE, 200_000L));
        assertThat(text("#totalsLeftOut")).contains("Northwind Cloud $342.5k (Senior/Lead)");
    }

    private List<String> adjustmentLines() {
        VBox list = robot.lookup("#adjustmentList").queryAs(VBox.class);
        return list.getChildren().stream().map(node -> ((Label) node).getText()).toList();
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }
}
