package com.counteroffer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.profile.UsState;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** On the real Profile screen: the location and state lists pick by typing, and a hub fills in its state. */
class ProfileTypingFxTest extends FxTestBase {

    @Test
    void typingPicksAndTheHubBringsItsState() throws Exception {
        running = RunningApp.start(folder.resolve("typing.db"));
        robot.clickOn("#nav-profile");
        running.settle();
        ComboBox<?> location = robot.lookup("#locationBox").queryAs(ComboBox.class);
        ComboBox<?> state = robot.lookup("#stateBox").queryAs(ComboBox.class);

        robot.interact(location::requestFocus);
        robot.write("sea");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(location.getValue()).isEqualTo("seattle");
        assertThat(state.getValue()).as("Seattle brings Washington").isEqualTo(UsState.WA);

        // "tex" on the state list picks Texas (each list keeps its own typed letters).
        robot.interact(state::requestFocus);
        robot.write("tex");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getValue()).isEqualTo(UsState.TX);
    }
}
