package com.counteroffer.ui.compare;

import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.ScriptedDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.data.CsvWriter;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Three offers compared on the real screen: growth and leave-early controls change the highlight and the sentences. */
class CompareFxTest extends FxTestBase {

    @Test
    void controlsChangeTheTableTheHighlightAndTheSentences() throws Exception {
        Path db = folder.resolve("compare.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.currentJob());
        }
        running = RunningApp.start(db);
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitForFxEvents();
        CompareController compare = running.app().mainWindow().controller(Screen.COMPARE, CompareController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compare.model().resultProperty().get() != null
                && compare.model().resultProperty().get().takeHome() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the result is set before the table is drawn from it
        assertThat(compare.model().selected()).hasSize(3);
        // Found in use: "Differences against" stood empty while the table named its reference column.
        javafx.scene.control.ComboBox<?> reference = robot.lookup("#referenceBox").queryComboBox();
        assertThat(reference.getItems()).hasSize(3);
        assertThat(reference.getValue()).isEqualTo(compare.model().selected().get(compare.model().referenceIndex()));

        // Flat: Northwind Cloud (column 1) has the best 4-year total.
        assertThat(bestColumn("horizon")).isEqualTo(1);
        List<String> flatSentences = sentences();
        assertThat(flatSentences.get(0)).startsWith("Northwind Cloud pays the most over 4 years");
        assertThat(text("cell-net-1")).startsWith("$").as("after-tax row filled once the tax tables are read");

        robot.clickOn("#scenarioDown");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sentences().equals(flatSentences));
        assertThat(text("cell-equity-1")).isNotEqualTo("$400,000");

        robot.clickOn("#leaveBox");
        robot.interact(() -> robot.lookup("#leaveSlider").queryAs(Slider.class).setValue(10));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sentences().stream().anyMatch(s -> s.startsWith("Leaving")));
        assertThat(sentences()).anySatisfy(s -> assertThat(s).startsWith("Leaving Northwind Cloud after 10 months pays"));
        assertThat(robot.lookup("#row-leave_paid").tryQuery()).isPresent();
        // The keyboard moves the month one at a time (it moved ten).
        Slider leave = robot.lookup("#leaveSlider").queryAs(Slider.class);
        robot.interact(leave::requestFocus);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(leave.getValue()).isEqualTo(11);
        assertThat(compare.model().leaveMonthProperty().get()).isEqualTo(11);
        robot.type(javafx.scene.input.KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compare.model().leaveMonthProperty().get() == 10);

        robot.interact(() -> robot.lookup("#horizonSlider").queryAs(Slider.class).setValue(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sentences().get(0).contains("over 2 years"));
        assertThat(robot.lookup("#row-year_3").tryQuery()).isEmpty();
        assertThat(sentences().get(0)).contains("over 2 years");

        // Export the table: a real CSV file with one column per offer.
        Path csv = folder.resolve("table.csv");
        running.context().replaceDialogs(new ScriptedDialogs().answer(csv));
        robot.clickOn("#exportCsvButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        List<List<String>> rows = CsvWriter.read(Files.readString(csv));
        assertThat(rows.get(0)).containsExactly("row", "Lattice AI", "Northwind Cloud", "Current employer Inc");

        // Saved with its scenario; after a restart the screen opens on the same scenario.
        robot.interact(() -> compare.model().saveAs("Falling stock"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("statusLabel").contains("Falling stock"));
        running.close();
        running = RunningApp.start(db);
        robot.clickOn("#nav-compare");
        CompareController reopened = running.app().mainWindow().controller(Screen.COMPARE, CompareController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopened.model().yearsProperty().get() == 2);
        assertThat(reopened.model().growthProperty().get()).isEqualByComparingTo("-0.30");
        robot.interact(() -> reopened.model().yearsProperty().set(5));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#savedBox").queryComboBox().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#savedBox").queryComboBox().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reopened.model().yearsProperty().get()).isEqualTo(2);
        assertThat(reopened.model().growthProperty().get()).isEqualByComparingTo("-0.30");
        assertThat(reopened.model().leaveMonthProperty().get()).isEqualTo(10);
    }

    private int bestColumn(String rowId) {
        for (int c = 0; c < 3; c++) {
            Label cell = robot.lookup("#cell-" + rowId + "-" + c).queryAs(Label.class);
            if (cell.getParent().getStyleClass().contains("best")) {
                return c;
            }
        }
        return -1;
    }

    /** Read on the JavaFX thread: the list of sentences is replaced there while the test polls. */
    private List<String> sentences() {
        VBox box = robot.lookup("#insights").queryAs(VBox.class);
        try {
            return WaitForAsyncUtils.asyncFx(() -> box.getChildren().stream().map(node -> ((Label) node).getText())
                    .toList()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the sentences", e);
        }
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }
}
