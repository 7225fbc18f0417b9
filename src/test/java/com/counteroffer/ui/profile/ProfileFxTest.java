package com.counteroffer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real profile form typed into by keyboard: bad values show their messages and save nothing,
 * good ones survive a restart. (Leaving with unsaved changes is ProfileModelTest's.)
 */
class ProfileFxTest extends FxTestBase {

    @Test
    void badValuesShowTheirMessagesAndSaveNothingGoodValuesSurviveARestart() throws Exception {
        Path db = folder.resolve("profile.db");
        running = RunningApp.start(db);
        assertThat(running.app().mainWindow().current()).as("an empty store opens on the welcome").isEqualTo(Screen.WELCOME);

        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running.app().mainWindow().current()).isEqualTo(Screen.PROFILE);

        robot.interact(() -> lookup("#levelBox", ComboBox.class).getSelectionModel().select(Level.SENIOR));
        type("#yearsField", "75");
        type("#baseField", "lots of money");
        robot.clickOn("#bonusField");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#yearsError", Label.class).getText()).contains("between 0 and 60");
        assertThat(lookup("#yearsError", Label.class).isVisible()).isTrue();
        assertThat(lookup("#baseError", Label.class).getText()).contains("not an amount");
        assertThat(lookup("#saveButton", Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(savedProfileExists(running)).as("nothing saved while invalid").isFalse();

        type("#yearsField", "8");
        type("#baseField", "$260,000");
        type("#bonusField", "30k");
        type("#equityField", "80000");
        type("#unvestedField", "120k");
        // Added with the button: Tab then Enter would race the field's suggestion pop-up.
        robot.interact(() -> lookup("#projectField", TextField.class).setText("Built a GPU cluster from scratch"));
        robot.interact(() -> lookup("#addProjectButton", Button.class).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".chip .label").tryQuery().isPresent());
        robot.interact(() -> {
            lookup("#locationBox", ComboBox.class).getSelectionModel().select("seattle");
            lookup("#skill-kubernetes", CheckBox.class).setSelected(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#yearsError", Label.class).isVisible()).isFalse();
        assertThat(lookup("#saveButton", Button.class).isDisabled()).isFalse();

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#statusLabel", Label.class).getText().startsWith("Saved"));
        assertThat(lookup("#saveButton", Button.class).isDisabled()).as("nothing left to save").isTrue();

        running.close();
        running = RunningApp.start(db);
        assertThat(running.app().mainWindow().current()).as("a filled store opens on the market").isEqualTo(Screen.MARKET);
        robot.clickOn("#nav-profile");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#levelBox", ComboBox.class).getValue()).isEqualTo(Level.SENIOR);
        assertThat(lookup("#yearsField", TextField.class).getText()).isEqualTo("8");
        assertThat(lookup("#baseField", TextField.class).getText()).isEqualTo("$260,000");
        assertThat(lookup("#bonusField", TextField.class).getText()).isEqualTo("$30,000");
        assertThat(lookup("#unvestedField", TextField.class).getText()).isEqualTo("$120,000");
        assertThat(lookup("#locationBox", ComboBox.class).getValue()).isEqualTo("seattle");
        assertThat(lookup("#skill-kubernetes", CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup(".chip .label").queryAs(Label.class).getText()).isEqualTo("Built a GPU cluster from scratch");
    }

    private void type(String query, String text) {
        TextField field = lookup(query, TextField.class);
        robot.interact(field::requestFocus);
        // The text arrives whole (typing key by key is the date field's test); Tab leaves the field as a user would.
        robot.interact(() -> field.setText(text));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T lookup(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    private static boolean savedProfileExists(RunningApp running) {
        return running.context().services().profiles().load(1).isPresent();
    }
}
