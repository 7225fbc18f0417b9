package com.counteroffer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.service.PreparedBy;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The coach types their name and contact on Settings, by keyboard, and every report then names them. */
class PreparedByFxTest extends FxTestBase {

    @Test
    void theCoachIsTypedOnSettingsAndSavedWithEnter() throws Exception {
        running = RunningApp.start(folder.resolve("coach.db"));
        robot.clickOn("#nav-settings");
        Button save = robot.lookup("#savePreparedByButton").queryAs(Button.class);
        assertThat(save.isDisabled()).as("nothing to save yet").isTrue();

        robot.clickOn("#coachName").write("Ana Ruiz");
        robot.push(KeyCode.TAB).write("ana@ruiz-coaching.example");
        assertThat(save.isDisabled()).isFalse();
        robot.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#preparedByStatus").queryLabeled().getText().startsWith("Saved."));
        assertThat(running.context().services().preparedBy().load())
                .isEqualTo(new PreparedBy("Ana Ruiz", "ana@ruiz-coaching.example"));
        assertThat(save.isDisabled()).isTrue();
    }
}
