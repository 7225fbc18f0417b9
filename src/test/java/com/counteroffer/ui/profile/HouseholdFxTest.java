package com.counteroffer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Profile screen's household and accounts fields show, refuse a spouse without a joint return, and save. */
class HouseholdFxTest extends FxTestBase {

    @Test
    void theHouseholdFieldsShowAndSave() throws Exception {
        running = RunningApp.start(folder.resolve("household.db"));
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitForFxEvents();

        for (String field : new String[] {"#spouseWagesField", "#ageField", "#rothField", "#hsaField",
            "#propertyTaxField", "#hsaCoverageBox"}) {
            assertThat(lookup(field, Node.class).isVisible()).as(field).isTrue();
        }
        robot.interact(() -> lookup("#levelBox", ComboBox.class).getSelectionModel().select(Level.SENIOR));
        type("#spouseWagesField", "150k");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#householdError", Label.class).getText())
                .isEqualTo("A spouse's wages apply only when married filing jointly, not single.");
        assertThat(lookup("#saveButton", Button.class).isDisabled()).isTrue();

        robot.interact(() -> {
            lookup("#filingBox", ComboBox.class).getSelectionModel().select(FilingStatus.MARRIED_JOINT);
            lookup("#hsaCoverageBox", ComboBox.class).getSelectionModel().select(HsaCoverage.FAMILY);
        });
        type("#ageField", "56");
        type("#rothField", "8,000");
        type("#hsaField", "9,750");
        type("#propertyTaxField", "12k");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#householdError", Label.class).getText()).isEmpty();
        assertThat(lookup("#saveButton", Button.class).isDisabled()).isFalse();

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#statusLabel", Label.class).getText().startsWith("Saved"));
        Profile saved = running.context().services().profiles().load(1).orElseThrow();
        assertThat(saved.tax().filingStatus()).isEqualTo(FilingStatus.MARRIED_JOINT);
        assertThat(saved.tax().household()).isEqualTo(new Household(150_000, 56, 8_000, 9_750, HsaCoverage.FAMILY,
                12_000));
        assertThat(lookup("#propertyTaxField", TextField.class).getText()).isEqualTo("$12,000");
    }

    @Test
    void aCityWithItsOwnIncomeTaxIsChosenForTheStateAndReachesTheTakeHome() throws Exception {
        running = RunningApp.start(folder.resolve("locality.db"));
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#localityBox", Node.class).isVisible()).as("no state yet").isFalse();

        robot.interact(() -> {
            lookup("#levelBox", ComboBox.class).getSelectionModel().select(Level.SENIOR);
            lookup("#stateBox", ComboBox.class).getSelectionModel().select(UsState.PA);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#localityBox", Node.class).isVisible());
        @SuppressWarnings("unchecked")
        ComboBox<String> localities = lookup("#localityCombo", ComboBox.class);
        assertThat(localities.getItems()).containsExactly(null, "philadelphia", "pittsburgh");
        assertThat(localities.getConverter().toString("philadelphia")).isEqualTo("Philadelphia");
        robot.interact(() -> localities.getSelectionModel().select("philadelphia"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#statusLabel", Label.class).getText().startsWith("Saved"));
        assertThat(running.context().services().profiles().load(1).orElseThrow().tax().locality())
                .isEqualTo("philadelphia");

        // Another state has none: the choice goes with the state.
        robot.interact(() -> lookup("#stateBox", ComboBox.class).getSelectionModel().select(UsState.TX));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#localityBox", Node.class).isVisible()).isFalse();
        assertThat(localities.getValue()).isNull();
        // Back to what is saved, so that closing the window asks nothing.
        robot.clickOn("#revertButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(localities.getValue()).isEqualTo("philadelphia");
    }

    private void type(String query, String text) {
        TextField field = lookup(query, TextField.class);
        robot.interact(field::requestFocus);
        robot.interact(() -> field.setText(text));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T lookup(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }
}
