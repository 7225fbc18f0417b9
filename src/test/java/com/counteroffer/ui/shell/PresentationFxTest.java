package com.counteroffer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.compare.CompareController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode (F5): larger type and chart labels, read-only but for live assumptions, from the top, and B blanks. */
class PresentationFxTest extends FxTestBase {

    @Test
    void largerReadOnlyFromTheTopAndBlankOnB() throws Exception {
        Path db = folder.resolve("presentation.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Samples.bigTech());
        }
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(db);
        MainWindowController window = running.app().mainWindow();

        robot.clickOn("#nav-compare");
        CompareController compare = window.controller(Screen.COMPARE, CompareController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compare.model().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        double title = screenTitle().getFont().getSize();
        double lead = lead().getFont().getSize();
        double ticks = valueAxis().getTickLabelFont().getSize();
        ScrollPane scroll = (ScrollPane) window.root().lookup("#contentScroll"); // issue 20: below the fixed strip
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        assertThat(robot.lookup("#saveButton").query().isVisible()).isTrue();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenting()).isTrue();
        assertThat(screenTitle().getFont().getSize()).isGreaterThanOrEqualTo(title * 1.5 - 0.01);
        assertThat(lead().getFont().getSize()).isGreaterThanOrEqualTo(lead * 1.5 - 0.01);
        assertThat(valueAxis().getTickLabelFont().getSize()).isGreaterThanOrEqualTo(ticks * 1.5 - 0.01);
        assertThat(scroll.getVvalue()).as("shown from the top").isEqualTo(scroll.getVmin());
        // Read-only: saving and deleting comparisons and adding factors are gone; the scenario stays live.
        for (String edit : List.of("#saveButton", "#deleteSavedButton", "#addFactorButton", "#newFactorField",
                "#exportPngButton")) {
            Node node = robot.lookup(edit).query();
            assertThat(node.isVisible() || node.isManaged()).as(edit + " hidden").isFalse();
        }
        com.counteroffer.testing.Shots.save(robot, running.stage().getScene(), "presentation-compare");
        Slider horizon = robot.lookup("#horizonSlider").queryAs(Slider.class);
        assertThat(horizon.isVisible() && horizon.isManaged()).as("live assumption kept").isTrue();

        // Offers, reached while presenting: no new, edit or delete, and again from the top.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.current()).isEqualTo(Screen.OFFERS);
        // Full screen on the test's screen, 1280 px wide unless -Dheadless.geometry says otherwise.
        double widerBy = 1600 - running.stage().getWidth();
        com.counteroffer.testing.Shots.save(robot, running.stage().getScene(), "presentation-offers");
        for (String edit : List.of("#newButton", "#editButton", "#duplicateButton", "#roundButton", "#deleteButton")) {
            Node node = robot.lookup(edit).query();
            assertThat(node.isVisible()).as(edit + " visible").isFalse();
            assertThat(node.isManaged()).as(edit + " managed").isFalse();
        }

        // B blanks everything, B brings it back; Esc too, without leaving presentation mode.
        robot.press(KeyCode.B).release(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.blank()).isTrue();
        assertThat(shownTexts()).as("nothing readable while blank").isEmpty();
        robot.press(KeyCode.B).release(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.blank()).isFalse();
        assertThat(shownTexts()).isNotEmpty();
        robot.press(KeyCode.B).release(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.blank()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.blank()).isFalse();
        assertThat(window.presenting()).isTrue();

        // Leaving presentation puts every control back.
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenting()).isFalse();
        for (String edit : List.of("#newButton", "#editButton", "#deleteButton")) {
            Node node = robot.lookup(edit).query();
            assertThat(node.isVisible() && node.isManaged()).as(edit + " back").isTrue();
        }
        // B does nothing when not presenting.
        robot.press(KeyCode.B).release(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.blank()).isFalse();
    }

    @Test
    void presentedOffersShowNoLabelWithoutItsControlAndNoCutHeaderOrCellAt1600Px() throws Exception {
        MainWindowController window = presentTwoOffers(Screen.OFFERS);
        assertThat(window.presenting()).isTrue();
        assertThat(window.current()).isEqualTo(Screen.OFFERS);
        // Full screen on the test's screen, 1280 px wide unless -Dheadless.geometry says otherwise.
        double widerBy = 1600 - running.stage().getWidth();
        com.counteroffer.testing.Shots.save(robot, running.stage().getScene(), "presentation-offers-1600");

        Node screen = window.root();
        for (Node node : screen.lookupAll(".label")) {
            if (node instanceof Label label && "Year 1 and Annualised in:".equals(label.getText())) {
                assertThat(label.getLabelFor()).as("the figures' label names its box").isNotNull();
            }
            if (node instanceof Label label && shown(label) && label.getLabelFor() != null) {
                assertThat(shown(label.getLabelFor())).as("the control of \"" + label.getText() + "\" shown").isTrue();
            }
        }
        TableView<?> table = screen.lookupAll(".table-view").stream().filter(PresentationFxTest::shown)
                .map(TableView.class::cast).findFirst().orElseThrow();
        List<String> cut = new ArrayList<>();
        for (Node node : table.lookupAll(".column-header .label")) {
            if (shown(node) && !wholeText((Labeled) node)) {
                cut.add(((Labeled) node).getText());
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            Labeled cell = (Labeled) node;
            if (shown(cell) && cell.getText() != null && !cell.getText().isEmpty() && !wholeText(cell)) {
                cut.add(cell.getText());
            }
        }
        assertThat(cut).as("headers and cells cut at 1600 px").isEmpty();
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(column -> column.getWidth()).sum();
        assertThat(columns).as("every column within the table at 1600 px").isLessThanOrEqualTo(table.getWidth() + widerBy);

        // Leaving presentation brings back every column and the figures' label.
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getVisibleLeafColumns()).hasSameSizeAs(table.getColumns());
        assertThat(screen.lookupAll(".label")).filteredOn(node -> node instanceof Label label && label.getLabelFor() != null
                && label.getLabelFor().getId() != null && label.getLabelFor().getId().equals("figuresBox"))
                .singleElement().matches(PresentationFxTest::shown);
    }

    /** Whether a node and every parent are visible. */
    @Test
    void presentedCompareCutsNoLabelOfItsLiveScenario() throws Exception {
        MainWindowController window = presentTwoOffers(Screen.COMPARE);
        // A 1440-px projector window at 150 % scale leaves the screen 960 px of layout.
        robot.interact(() -> running.stage().setWidth(960));
        running.settle();
        assertThat(window.presenting()).isTrue();
        assertThat(running.stage().getWidth()).isLessThan(1000);

        // The scenario's labels ("Stock growth a year:", "Differences against") were cut to "Stock growth a ye...".
        List<String> cut = new ArrayList<>();
        for (Node node : window.root().lookup("#scenarioBox").lookupAll(".label")) {
            if (node instanceof Label label && shown(label) && label.getText() != null && !wholeText(label)) {
                cut.add(label.getText());
            }
        }
        assertThat(cut).isEmpty();
    }

    /**
     * Two offers with the walk's names (a long company, a deadline in 5 days), the window presenting
     * {@code screen} once its background work has landed.
     */
    private MainWindowController presentTwoOffers(Screen screen) throws Exception {
        Path db = folder.resolve("presentation.db");
        String sample = Files.readString(Path.of("assets/sample-offers/sample-ai-startup.json"));
        try (Services services = Services.open(db)) {
            for (String company : List.of("Megacorp Compute", "Northwind AI")) {
                Path file = folder.resolve(company + ".json");
                Files.writeString(file, sample.replace("Lattice AI", company)
                        .replace("2026-03-20", java.time.LocalDate.now().plusDays(5).toString()));
                services.offers().add(1, com.counteroffer.service.OfferService.readFile(file));
            }
        }
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(db);
        MainWindowController window = running.app().mainWindow();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.show(screen));
        running.settle();
        return window;
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Whether a labeled draws all its text: cut text is drawn shortened, with an ellipsis. */
    private static boolean wholeText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(node -> ((Text) node).getText())
                .allMatch(labeled.getText()::equals);
    }

    private Label screenTitle() {
        return (Label) running.app().mainWindow().root().lookup(".content .screen-title");
    }

    private Label lead() {
        return (Label) running.app().mainWindow().root().lookup(".content .screen-lead");
    }

    private NumberAxis valueAxis() {
        return (NumberAxis) running.app().mainWindow().root().lookupAll(".axis").stream()
                .filter(NumberAxis.class::isInstance).findFirst().orElseThrow();
    }

    /** Every text a viewer or a screen reader could get from the window. */
    private List<String> shownTexts() {
        List<String> texts = new ArrayList<>();
        collect(running.stage().getScene().getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        } else if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            texts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
