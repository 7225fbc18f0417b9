package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.offer.OfferRound;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** From an offer to a filled email draft in each tone, and a recorded round in the offer's history. */
class NegotiateFxTest extends FxTestBase {

    @Test
    void fromAnOfferToAnEmailInEachToneAndARecordedRound() throws Exception {
        Path db = folder.resolve("negotiate.db");
        long northwind;
        long lattice;
        try (Services services = Services.open(db)) {
            services.profiles().save(1, new Profile(Level.SENIOR, 8,
                    List.of("Built a GPU cluster from scratch"), "seattle", null, null, null, Set.of("kubernetes"),
                    190_000L, 20_000L, 40_000L, 120_000L, null));
            northwind = services.offers().add(1, Samples.bigTech());
            lattice = services.offers().add(1, Samples.startup());
        }
        running = RunningApp.start(db);
        robot.clickOn("#nav-negotiate");
        WaitForAsyncUtils.waitForFxEvents();
        NegotiateController negotiate = running.app().mainWindow().controller(Screen.NEGOTIATE, NegotiateController.class);
        robot.interact(() -> negotiate.openOffer(northwind));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.plan() != null
                && negotiate.script().contains("Northwind Cloud"));

        type("#myNameField", "Ada Lovelace");
        type("#recruiterField", "Sam");
        for (String tone : List.of("#warmToggle", "#neutralToggle", "#directToggle")) {
            robot.clickOn(tone);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.script().contains("Ada Lovelace"));
            String email = negotiate.script();
            assertThat(email).as(tone).contains("Sam").contains("Northwind Cloud").contains("$")
                    .contains("Built a GPU cluster from scratch").doesNotContain("[missing: base_opening]")
                    .doesNotContain("{{");
        }
        String warm = render(negotiate, "#warmToggle");
        String direct = render(negotiate, "#directToggle");
        // (the loop above ended on direct, so warm was a real change, and direct one back)
        assertThat(warm).isNotEqualTo(direct);

        // A round: the employer raises the base; the offer's history lists the change.
        type("#roundBase", "215k");
        type("#roundNote", "Asked for 240k; they came back with 215k");
        robot.clickOn("#recordRoundButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#round-2").tryQuery().isPresent());
        List<OfferRound> rounds = running.context().services().offers().rounds(1, northwind).stream()
                .map(view -> view.round()).toList();
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(1).terms().base()).isEqualTo(215_000);
        assertThat(rounds.get(1).note()).contains("215k");
        // Every screen follows: the offers list shows the employer's new base.
        robot.clickOn("#nav-offers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running.app().mainWindow().controller(Screen.OFFERS, com.counteroffer.ui.offers.OffersController.class)
                .table().getItems()).extracting(row -> row.offer().base()).contains(215_000L);

        // Found in use: the offer list changing elsewhere (an offer added, a round) left Negotiate blank.
        robot.clickOn("#nav-negotiate");
        robot.interact(() -> negotiate.openOffer(lattice));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.script().contains("Lattice AI"));
        running.context().services().offers().add(1, Samples.bigTech().asCopyNamed("Third Co"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#offerBox").queryComboBox().getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#offerBox").queryComboBox().getValue()).isEqualTo(lattice);
        assertThat(negotiate.model().chosenProperty().get()).isEqualTo(lattice);
        assertThat(negotiate.plan()).isNotNull();
        assertThat(negotiate.script()).contains("Lattice AI");
    }

    private String render(NegotiateController negotiate, String tone) throws Exception {
        String before = negotiate.script();
        robot.clickOn(tone);
        // The template is read off the JavaFX thread; wait for the draft to change.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !negotiate.script().equals(before));
        return negotiate.script();
    }

    private void type(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        // The text arrives whole (typing key by key is the date field's test); Tab leaves the field as a user would.
        robot.interact(() -> field.setText(text));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
