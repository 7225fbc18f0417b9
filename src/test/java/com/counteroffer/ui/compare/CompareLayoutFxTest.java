package com.counteroffer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 20 on the real Compare screen: the strip stays in view, the month steps by one, colours stay put. */
class CompareLayoutFxTest extends FxTestBase {

    private CompareController compare;

    private void open() throws Exception {
        java.nio.file.Path db = folder.resolve("layout.db");
        LongOffers.write(db);
        running = RunningApp.start(db);
        robot.interact(() -> running.app().mainWindow().show(Screen.COMPARE));
        // The first window test of a run may see the click before the screen is built: wait for it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.app().mainWindow()
                .controller(Screen.COMPARE, CompareController.class) != null);
        compare = running.app().mainWindow().controller(Screen.COMPARE, CompareController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compare.model().resultProperty().get() != null);
        running.settle();
    }

    @Test
    void theTotalsAndTheConfirmationStayInViewWhileTheTableScrolls() throws Exception {
        open();
        ScrollPane content = robot.lookup("#contentScroll").queryAs(ScrollPane.class);
        robot.interact(() -> content.setVvalue(content.getVmax()));
        running.settle();
        assertThat(content.getVvalue()).isEqualTo(content.getVmax());
        // Scrolled to the matrix: the table's first row is out of sight, the totals are not.
        assertThat(inView(robot.lookup("#row-base").query())).isFalse();
        for (Long id : compare.model().selected()) {
            Node total = robot.lookup("#total-" + id).query();
            assertThat(inView(total)).as("total of offer " + id).isTrue();
        }
        Label horizonCell = robot.lookup("#cell-horizon-0").queryAs(Label.class);
        assertThat(robot.lookup("#total-" + compare.model().selected().get(0)).queryAs(Label.class).getText())
                .isEqualTo(horizonCell.getText());

        robot.interact(() -> compare.model().saveAs("Four offers"));
        running.settle();
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Saved \"Four offers\".");
        assertThat(inView(status)).as("the confirmation where the user is looking").isTrue();
        assertThat(inView(robot.lookup("#deleteSavedButton").query())).isTrue();
        Shots.save(robot, running.stage().getScene(), "compare-layout-scrolled");

        robot.interact(() -> robot.lookup("#savedBox").queryComboBox().getSelectionModel().select(0));
        running.settle();
        robot.clickOn("#deleteSavedButton");
        running.settle();
        // Found in use: the disabled Delete button handed focus to the first tick box and the screen jumped to the top.
        assertThat(content.getVvalue()).as("the screen stays where the user was").isEqualTo(content.getVmax());
        assertThat(status.getText()).isEqualTo("Deleted \"Four offers\".");
        assertThat(inView(status)).isTrue();

        // A factor that can't be added is said beside its field, where the user typed it.
        robot.interact(() -> robot.lookup("#newFactorField").queryAs(javafx.scene.control.TextField.class)
                .setText("growth"));
        robot.interact(() -> robot.lookup("#addFactorButton").queryButton().fire());
        running.settle();
        assertThat(robot.lookup("#factorError").queryAs(Label.class).getText())
                .isEqualTo("That factor is already in the matrix.");
        Node factorError = robot.lookup("#factorError").query();
        assertThat(inView(factorError)).as(factorError.localToScene(factorError.getLayoutBounds()) + " in "
                + content.localToScene(content.getLayoutBounds()) + " v " + content.getVvalue()).isTrue();
        assertThat(robot.lookup("#matrixMissing").queryAs(javafx.scene.layout.VBox.class).getChildrenUnmodifiable())
                .extracting(node -> ((Label) node).getText())
                .containsExactly("Score every offer on: Remote policy, Growth, Team, Commute, Visa, Mission.");
    }

    @Test
    void theMonthSpinnerStepsOneAndSaysWhyATypedMonthCantBeUsed() throws Exception {
        open();
        robot.clickOn("#leaveBox");
        running.settle();
        @SuppressWarnings("unchecked")
        Spinner<Integer> months = robot.lookup("#leaveSpinner").queryAs(Spinner.class);
        assertThat(months.getValue()).isEqualTo(12);
        robot.interact(months::requestFocus);
        robot.type(KeyCode.UP);
        running.settle();
        assertThat(compare.model().leaveMonthProperty().get()).isEqualTo(13);
        assertThat(robot.lookup("#leaveSlider").queryAs(javafx.scene.control.Slider.class).getValue()).isEqualTo(13);
        robot.type(KeyCode.DOWN, 2);
        running.settle();
        assertThat(compare.model().leaveMonthProperty().get()).isEqualTo(11);

        robot.interact(() -> months.getEditor().setText("60"));
        robot.interact(() -> months.getEditor().fireEvent(new javafx.event.ActionEvent()));
        running.settle();
        Label error = robot.lookup("#leaveError").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("The month of leaving must be between 1 and 48.");
        assertThat(error.isVisible()).isTrue();
        assertThat(compare.model().leaveMonthProperty().get()).isEqualTo(11);

        robot.interact(() -> months.getEditor().setText("30"));
        robot.interact(() -> months.getEditor().fireEvent(new javafx.event.ActionEvent()));
        running.settle();
        assertThat(compare.model().leaveMonthProperty().get()).isEqualTo(30);
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#row-leave_paid").queryAs(Label.class).getText())
                .isEqualTo("Paid if you leave at month 30");

        // Two years: 24 months at most, and the month follows.
        robot.interact(() -> compare.model().yearsProperty().set(2));
        running.settle();
        assertThat(months.getValue()).isEqualTo(24);
        assertThat(((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) months.getValueFactory())
                .getMax()).isEqualTo(24);
    }

    @Test
    void anOfferKeepsItsColourWhenOthersAreUnticked() throws Exception {
        open();
        robot.interact(() -> robot.lookup("#chartTabs").queryAs(TabPane.class).getSelectionModel().select(0));
        running.settle();
        Map<String, Paint> before = lineColours();
        assertThat(before).hasSize(3);
        assertThat(before.values()).doesNotHaveDuplicates();
        // Untick the first offer: Lattice AI moves from the third line to the second, in the same colour.
        robot.clickOn("#pick-" + compare.model().selected().get(0));
        running.settle();
        Map<String, Paint> after = lineColours();
        assertThat(after).hasSize(2);
        for (Map.Entry<String, Paint> line : after.entrySet()) {
            assertThat(line.getValue()).as(line.getKey()).isEqualTo(before.get(line.getKey()));
        }
    }

    /** Each line of the running-total chart by offer name, in the colour it is drawn. */
    private Map<String, Paint> lineColours() {
        LineChart<?, ?> chart = robot.lookup("#cumulativeChart").queryAs(LineChart.class);
        Map<String, Paint> colours = new HashMap<>();
        robot.interact(() -> {
            for (XYChart.Series<?, ?> series : chart.getData()) {
                colours.put(series.getName(), ((Path) series.getNode()).getStroke());
            }
        });
        return colours;
    }

    /** Whether a node is drawn inside the window's visible part of the screen (not scrolled away). */
    private boolean inView(Node node) {
        ScrollPane content = robot.lookup("#contentScroll").queryAs(ScrollPane.class);
        Bounds shown = node.localToScene(node.getLayoutBounds());
        Bounds window = running.stage().getScene().getRoot().getLayoutBounds();
        if (shown.getMinY() < 0 || shown.getMaxY() > window.getMaxY()) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == content.getContent()) {
                Bounds view = content.localToScene(content.getLayoutBounds());
                return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
            }
        }
        return true;
    }
}
