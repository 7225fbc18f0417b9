package com.counteroffer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20: Compare at 100, 150 and 200 % type with four long-named offers, seven-figure totals and
 * the leave-early rows: no text is drawn shortened ("$1,611,…", "Purchasing power (horiz…").
 */
class CompareFitFxTest extends FxTestBase {

    @Test
    void nothingIsCutAtAnyScale() throws Exception {
        Path db = folder.resolve("fit.db");
        LongOffers.write(db);
        running = RunningApp.start(db);
        robot.interact(() -> running.app().mainWindow().show(Screen.COMPARE));
        // The first window test of a run may see the click before the screen is built: wait for it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.app().mainWindow()
                .controller(Screen.COMPARE, CompareController.class) != null);
        CompareController compare = running.app().mainWindow().controller(Screen.COMPARE, CompareController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compare.model().resultProperty().get() != null);
        robot.interact(() -> {
            compare.model().available().forEach(offer -> compare.model().select(offer.id(), true));
            compare.model().leaveEnabledProperty().set(true);
            compare.model().leaveMonthProperty().set(17);
        });
        // The component chart: its rotated labels were cut ("Y1 1·Northwind C…").
        robot.interact(() -> robot.lookup("#chartTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(robot.lookup("#chartTabs").queryAs(javafx.scene.control.TabPane.class)
                        .getTabs().stream().filter(tab -> "componentTab".equals(tab.getId())).findFirst().orElseThrow()));
        running.settle();
        assertThat(compare.model().selected()).hasSize(4);
        assertThat(robot.lookup("#componentChart").tryQuery()).isPresent();
        Parent screen = (Parent) running.app().mainWindow().root().lookup(".content");
        Parent root = running.stage().getScene().getRoot();
        List<String> cut = new ArrayList<>();
        for (double scale : List.of(1.0, 1.5, 2.0)) {
            robot.interact(() -> root.setStyle("-fx-font-size: " + Font.getDefault().getSize() * scale + "px;"));
            running.settle();
            int percent = (int) Math.round(scale * 100);
            robot.interact(() -> collectCut(screen, percent, cut));
            robot.interact(() -> collectWide(screen.lookup("#contentScroll"), percent, cut));
            Shots.save(robot, running.stage().getScene(), "compare-fit-" + percent);
            for (String part : List.of("tableBox", "chartsBox", "matrixBox")) {
                Shots.save(robot, screen.lookup("#" + part), "compare-fit-" + part + "-" + percent);
            }
        }
        robot.interact(() -> root.setStyle(""));
        assertThat(cut).isEmpty();
    }

    /** Every shown text drawn shortened, and every prompt wider than its field, under {@code node}. */
    static void collectCut(Node node, int percent, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && !wholeText(labeled)) {
            cut.add(percent + " %: " + labeled.getText());
        }
        if (node instanceof TextField field && field.getPromptText() != null && !field.getPromptText().isEmpty()) {
            Text prompt = new Text(field.getPromptText());
            prompt.setFont(field.getFont());
            double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
            if (prompt.getLayoutBounds().getWidth() > room + 0.5) {
                cut.add(percent + " %: prompt " + field.getPromptText());
            }
        }
        if (node instanceof javafx.scene.chart.CategoryAxis axis) {
            axis.getCategories().stream().filter(c -> c.contains("…")).forEach(c -> cut.add(percent + " %: axis " + c));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, percent, cut);
            }
        }
    }

    /** The screen scrolls up and down only: anything wider than the view is named (a sideways bar hides it). */
    private static void collectWide(Node node, int percent, List<String> cut) {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) node;
        double view = scroll.getViewportBounds().getWidth();
        if (scroll.getContent().getLayoutBounds().getWidth() > view + 0.5) {
            cut.add(percent + " %: the screen scrolls sideways");
        }
        for (Node part : ((Parent) scroll.getContent()).getChildrenUnmodifiable()) {
            widest(part, view, percent, cut);
        }
    }

    private static void widest(Node node, double view, int percent, List<String> cut) {
        if (node.isManaged() && node.getLayoutBounds().getWidth() > view + 0.5) {
            List<Node> wideChildren = node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)
                    ? parent.getChildrenUnmodifiable().stream().filter(c -> c.getLayoutBounds().getWidth() > view * 0.6)
                    .toList() : List.of();
            if (wideChildren.isEmpty()) {
                cut.add(percent + " %: wider than the view: " + node + " " + node.getLayoutBounds().getWidth() + " > "
                        + view);
            }
            wideChildren.forEach(child -> widest(child, view, percent, cut));
        }
    }

    /** A shortened text is drawn with an ellipsis instead of its end. */
    private static boolean wholeText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(text -> ((Text) text).getText()).allMatch(labeled.getText()::equals);
    }
}
