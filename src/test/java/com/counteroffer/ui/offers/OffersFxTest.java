package com.counteroffer.ui.offers;

import com.counteroffer.domain.offer.StoredOffer;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.ui.common.DateField;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Add, edit, duplicate, delete and undo an offer, record a round, and refuse a bad field — on the real screens. */
class OffersFxTest extends FxTestBase {

    @Test
    void theWholeLifeOfAnOffer() throws Exception {
        running = RunningApp.start(folder.resolve("offers.db"));
        robot.clickOn("#nav-offers");
        WaitForAsyncUtils.waitForFxEvents();
        OffersController offers = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);

        // Add, with a bad base first: the message shows and nothing is saved.
        robot.clickOn("#newButton");
        type("#companyField", "Northwind Cloud");
        type("#baseField", "two hundred");
        assertThat(label("#baseError")).contains("not an amount");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#statusLabel")).contains("Base salary");
        assertThat(stored()).isEmpty();

        type("#baseField", "200k");
        type("#bonusPercentField", "15");
        // A start date typed by keyboard and never confirmed with Enter is still what is saved.
        DateField start = robot.lookup("#startField").queryAs(DateField.class);
        robot.interact(() -> start.editor().requestFocus());
        robot.write("2027-01-11");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 1);
        assertThat(stored()).extracting(s -> s.offer().base()).containsExactly(200_000L);
        assertThat(stored().get(0).offer().startDate()).isEqualTo(java.time.LocalDate.of(2027, 1, 11));
        assertThat(row(0).year1()).isEqualTo(230_000);

        // Edit: select it, change the base. Rows refreshed meanwhile (a save elsewhere, the after-tax
        // figures arriving) keep the selection: found in use, Edit went grey under the user's pointer.
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        java.util.concurrent.atomic.AtomicInteger refreshes = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> offers.table().getItems().addListener(
                (javafx.collections.ListChangeListener<OfferRow>) change -> refreshes.incrementAndGet()));
        running.context().services().profiles().save(1, new com.counteroffer.domain.profile.Profile(
                com.counteroffer.domain.market.Level.SENIOR, 6, List.of(), null, null, null, null,
                java.util.Set.of(), 180_000L, null, null, null, null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> refreshes.get() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offers.model().selectedIdProperty().get()).isEqualTo(row(0).id());
        assertThat(robot.lookup("#editButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#editButton");
        type("#baseField", "210k");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row(0).offer().base() == 210_000);

        // Duplicate.
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        robot.clickOn("#duplicateButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 2);
        assertThat(offers.table().getItems()).extracting(r -> r.offer().company())
                .contains("Northwind Cloud", "Northwind Cloud (copy)");

        // Delete the copy, then undo.
        robot.interact(() -> offers.table().getItems().stream()
                .filter(r -> r.offer().company().endsWith("(copy)")).findFirst()
                .ifPresent(r -> offers.table().getSelectionModel().select(r)));
        robot.clickOn("#deleteButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 1);
        assertThat(label("#undoLabel")).contains("Deleted Northwind Cloud (copy)");
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 2);

        // Record a round: the employer raises the base; the history lists the change and the list follows.
        robot.interact(() -> offers.table().getItems().stream()
                .filter(r -> r.offer().company().equals("Northwind Cloud")).findFirst()
                .ifPresent(r -> offers.table().getSelectionModel().select(r)));
        robot.clickOn("#roundButton");
        WaitForAsyncUtils.waitForFxEvents();
        type("#roundLabelField", "Revised offer");
        type("#baseField", "230k");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> historyText().contains("Base: $210,000 → $230,000"));
        assertThat(historyText()).contains("#1 Initial offer").contains("#2 Revised offer")
                .contains("the employer's offer");
        // The list follows the session's reload, which may land after the history: wait for it, not race it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().stream()
                .anyMatch(r -> r.offer().base() == 230_000L));
    }

    private OfferRow row(int index) {
        return running.app().mainWindow().controller(Screen.OFFERS, OffersController.class).table().getItems().get(index);
    }

    private String historyText() {
        VBox history = robot.lookup("#roundHistory").queryAs(VBox.class);
        StringBuilder text = new StringBuilder();
        history.lookupAll(".label").forEach(node -> text.append(((Label) node).getText()).append('\n'));
        return text.toString();
    }

    private List<StoredOffer> stored() {
        return running.context().services().offers().list(1);
    }

    private void type(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        // The text arrives whole (typing key by key is the date field's test); Tab leaves the field as a user would.
        robot.interact(() -> field.setText(text));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }
}
