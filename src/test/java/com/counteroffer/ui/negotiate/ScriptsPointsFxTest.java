package com.counteroffer.ui.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The scripts part says what it left out and how to add it; the talking points are rearranged by keyboard alone. */
class ScriptsPointsFxTest extends FxTestBase {

    @Test
    void theScriptSaysWhatItLeftOutAndThePointsMoveByKeyboard() throws Exception {
        Path db = folder.resolve("scripts.db");
        long northwind;
        try (Services services = Services.open(db)) {
            services.profiles().save(1, new Profile(Level.SENIOR, 8, List.of("Built a GPU cluster from scratch",
                    "Cut inference cost by a third"), "seattle", null, null, null, Set.of("kubernetes"), 190_000L,
                    20_000L, 40_000L, 120_000L, null));
            northwind = services.offers().add(1, Samples.bigTech());
        }
        running = RunningApp.start(db);
        robot.clickOn("#nav-negotiate");
        WaitForAsyncUtils.waitForFxEvents();
        NegotiateController negotiate = running.app().mainWindow().controller(Screen.NEGOTIATE, NegotiateController.class);
        robot.interact(() -> negotiate.openOffer(northwind));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.script().contains("Northwind Cloud"));
        running.settle();

        // No names yet: the email greets with "Hello," and a quiet line under it says how to add them.
        Label leftOut = robot.lookup("#leftOutLabel").queryAs(Label.class);
        TextField recruiter = robot.lookup("#recruiterField").queryAs(TextField.class);
        assertThat(recruiter.getPromptText()).isEqualTo("Recruiter's name, for the greeting");
        assertThat(robot.lookup("#scriptArea").queryAs(TextArea.class).getText()).contains("\nHello,\n")
                .doesNotContain("[missing");
        assertThat(leftOut.isVisible()).isTrue();
        assertThat(leftOut.getText()).isEqualTo("Left out: the greeting by name \u2014 type the recruiter's name above; "
                + "your name at the end \u2014 type it above.");

        robot.interact(() -> scrollTo(leftOut));
        com.counteroffer.testing.Shots.save(robot, running.stage().getScene(), "negotiate-scripts-left-out");

        robot.interact(recruiter::requestFocus);
        robot.interact(() -> recruiter.setText("Jordan"));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.script().contains("Hi Jordan,"));
        running.settle();
        assertThat(leftOut.getText()).isEqualTo("Left out: your name at the end \u2014 type it above.");

        // The points, by keyboard: select the first, move it down with Alt+Down, back up with the button reached
        // by Tab, and remove it with Delete.
        @SuppressWarnings("unchecked")
        ListView<String> points = robot.lookup("#pointsList").queryAs(ListView.class);
        List<String> before = new ArrayList<>(points.getItems());
        assertThat(before).hasSizeGreaterThan(2);
        robot.interact(() -> {
            points.requestFocus();
            points.getSelectionModel().select(0);
            points.getFocusModel().focus(0);
        });
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        running.settle();
        assertThat(points.getItems().subList(0, 2)).containsExactly(before.get(1), before.get(0));
        assertThat(points.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.type(KeyCode.TAB); // Move up
        assertThat(robot.lookup("#movePointUpButton").query().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        running.settle();
        assertThat(points.getItems()).containsExactlyElementsOf(before);
        assertThat(running.context().services().negotiation().workspace(1,
                running.context().services().offers().get(1, northwind)).talkingPoints())
                .as("the order is kept").containsExactlyElementsOf(before);

        robot.interact(points::requestFocus);
        robot.type(KeyCode.DELETE);
        running.settle();
        assertThat(points.getItems()).containsExactlyElementsOf(before.subList(1, before.size()));
        assertThat(points.getSelectionModel().getSelectedIndex()).as("the next point is selected").isZero();
    }

    /** Scrolls the screen so the node sits in the lower part of the view (for the picture). */
    private static void scrollTo(javafx.scene.Node node) {
        javafx.scene.Node up = node.getParent();
        while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        if (up instanceof javafx.scene.control.ScrollPane pane) {
            double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - pane.getViewportBounds().getHeight() + 60) / room)));
        }
    }
}
