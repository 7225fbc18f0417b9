package com.counteroffer.ui.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.Shots;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found in use: Negotiate opened after a restart, while its plan was still being read, showed an
 * empty red banner and sliders at zero. While it loads it now says so, and nothing can be moved.
 */
@Tag("window")
class NegotiateLoadingFxTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private UiFixture fixture;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void whileThePlanLoadsTheScreenSaysSoAndNothingCanBeMoved() throws Exception {
        fixture = UiFixture.open(folder);
        fixture.services().profiles().save(1, new Profile(Level.SENIOR, 8, List.of("Built a GPU cluster"), "seattle",
                null, null, null, Set.of("kubernetes"), 190_000L, 20_000L, 40_000L, 120_000L, null));
        fixture.services().offers().add(1, Samples.bigTech());
        fixture.session().reload();
        // A slow disk: every read the screen starts waits until the test lets it through.
        fixture.tasks().holdAllOutcomes();

        FxToolkit.registerPrimaryStage();
        NegotiateController[] controller = new NegotiateController[1];
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            ViewLoader.View<NegotiateController> view = loader().load(NegotiateController.class);
            controller[0] = view.controller();
            scene[0] = new Scene(view.root(), 1100, 800);
            new com.counteroffer.ui.common.ThemeManager(fixture.ui().settings()).install(scene[0]);
            stage.setScene(scene[0]);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(robot, scene[0], "negotiate-loading");

        Parent root = scene[0].getRoot();
        Node loading = root.lookup("#negotiateLoading");
        assertThat(loading).as("a loading state").isNotNull();
        assertThat(loading.isVisible()).isTrue();
        assertThat(((Label) root.lookup("#negotiateLoadingText")).getText()).isEqualTo("Loading your offers…");
        assertThat(root.lookupAll(".progress-indicator")).filteredOn(Node::isVisible)
                .filteredOn(ProgressIndicator.class::isInstance).isNotEmpty();
        assertThat(root.lookup("#statusLabel").isVisible()).as("no banner while loading").isFalse();
        assertThat(visibleEmptyBanners(root)).as("empty red banners").isEmpty();
        List<Slider> sliders = root.lookupAll(".slider").stream().filter(Slider.class::isInstance)
                .map(Slider.class::cast).toList();
        assertThat(sliders).isNotEmpty().allSatisfy(slider -> assertThat(slider.isDisabled()).isTrue());
        assertThat(controller[0].plan()).isNull();

        robot.interact(() -> fixture.tasks().deliverHeld());
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(robot, scene[0], "negotiate-loaded");

        assertThat(controller[0].plan()).isNotNull();
        assertThat(loading.isVisible()).isFalse();
        Slider target = (Slider) root.lookup("#targetSlider");
        assertThat(target.isDisabled()).isFalse();
        assertThat(target.getValue()).as("the saved target, not zero")
                .isEqualTo(controller[0].model().workspaceProperty().get().settings().targetPosition()
                        .movePointRight(2).doubleValue()).isGreaterThan(0);

        // Labels that were cut beside their sliders sit above them; the round chart's title wraps above the chart.
        Node caption = root.lookup("#targetCaption");
        assertThat(caption.localToScene(caption.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(target.localToScene(target.getBoundsInLocal()).getMinY());
        assertThat(((Label) caption).isWrapText()).isTrue();
        Label chartTitle = (Label) root.lookup("#roundChartTitle");
        assertThat(chartTitle.getText()).isEqualTo("Annualised total, round by round");
        assertThat(chartTitle.isWrapText()).isTrue();
        assertThat(((javafx.scene.chart.Chart) root.lookup("#roundChart")).getTitle()).isNullOrEmpty();
    }

    private static List<Node> visibleEmptyBanners(Parent root) {
        return root.lookupAll(".problem-box").stream().filter(Node::isVisible)
                .filter(node -> node.getParent() == null || node.getParent().isVisible())
                .filter(node -> node instanceof Parent parent && parent.getChildrenUnmodifiable().isEmpty()).toList();
    }

    private ViewLoader loader() {
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        ViewLoader loader = new ViewLoader(fixture.ui().bundle(), controllers);
        controllers.put(NegotiateController.class, () -> new NegotiateController(fixture.ui()));
        controllers.put(PlanController.class, PlanController::new);
        controllers.put(PackagesController.class, PackagesController::new);
        controllers.put(PointsController.class, PointsController::new);
        controllers.put(ScriptsController.class, ScriptsController::new);
        controllers.put(RoundsController.class, RoundsController::new);
        controllers.put(ChecklistController.class, ChecklistController::new);
        return loader;
    }
}
