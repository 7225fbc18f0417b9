package com.counteroffer.ui.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.CutTexts;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.ThemeManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.util.converter.DefaultStringConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found in use: a talking point needing three lines in a narrow list ended in "…", because the
 * theme's fixed cell size won over wrapping. In the themed list at 100 % and 200 %, a long point
 * shows whole and its cell is taller than a one-line point's.
 */
@Tag("window")
class PointCellFxTest {

    private static final String SHORT = "Ask for a higher base.";
    private static final String LONG = "The role is in Seattle, the second-highest-paying US hub for AI infrastructure"
            + " work: driven by the infrastructure needs of cloud giants like Amazon and Microsoft, and it pays for it.";

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLongPointWrapsWholeAndItsCellGrows() throws Exception {
        try (UiFixture fixture = UiFixture.open(folder)) {
            FxToolkit.registerPrimaryStage();
            for (double scale : new double[] {1.0, 2.0}) {
                ListView<String> list = new ListView<>(FXCollections.observableArrayList(SHORT, LONG));
                list.setCellFactory(view -> new PointCell(new DefaultStringConverter()));
                Scene[] scene = new Scene[1];
                FxToolkit.setupStage(stage -> {
                    scene[0] = new Scene(new StackPane(list), 360, 400);
                    new ThemeManager(fixture.ui().settings()).install(scene[0]);
                    stage.setScene(scene[0]);
                    stage.setRenderScaleX(scale);
                    stage.setRenderScaleY(scale);
                    stage.show();
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<CutTexts.Cut> cuts = new ArrayList<>();
                double[] heights = new double[2];
                robot.interact(() -> {
                    list.applyCss();
                    list.layout();
                    cuts.addAll(CutTexts.in(list, "points", scale + "x"));
                    for (var node : list.lookupAll(".list-cell")) {
                        if (node instanceof ListCell<?> cell && cell.getIndex() >= 0 && cell.getIndex() < 2
                                && cell.isVisible()) {
                            heights[cell.getIndex()] = cell.getHeight();
                        }
                    }
                });
                assertThat(cuts).as("cut at %sx", scale).isEmpty();
                assertThat(heights[1]).as("long point's cell at %sx", scale).isGreaterThan(heights[0] + 10);
            }
        }
    }
}
