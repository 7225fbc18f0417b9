package com.counteroffer.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A fresh database opens on the welcome: every step is a link to its screen, and the import is offered. */
class WelcomeFxTest extends FxTestBase {

    @Test
    void everyStepOpensItsScreenAndAFreshDatabaseOffersTheImport() throws Exception {
        running = RunningApp.start(folder.resolve("fresh.db"));
        running.settle();
        Shots.save(robot, running.stage().getScene(), "welcome-fresh");
        Node importButton = robot.lookup("#importButton").query();
        assertThat(importButton.isVisible() && importButton.getParent().getParent().isVisible()).isTrue();

        for (Screen screen : new Screen[] {Screen.PROFILE, Screen.MARKET, Screen.OFFERS, Screen.COMPARE,
                Screen.NEGOTIATE}) {
            robot.clickOn("#nav-welcome");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#step-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            running.settle();
            assertThat(running.app().mainWindow().current()).isEqualTo(screen);
        }
    }
}
