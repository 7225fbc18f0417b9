package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** On the real editor: "10%" typed as the amount moves to the percent when the field is left, "15k" back. */
class BonusTypingFxTest extends FxTestBase {

    @Test
    void theBonusGoesWhereItWasMeant() throws Exception {
        running = RunningApp.start(folder.resolve("bonus.db"));
        robot.clickOn("#nav-offers");
        running.settle();
        robot.clickOn("#newButton");
        running.settle();
        // Below the fold: chosen as the keyboard would, not clicked.
        robot.interact(() -> robot.lookup("#bonusAmountRadio").queryAs(javafx.scene.control.RadioButton.class).fire());
        type("#bonusAmountField", "10%");
        TextField percent = robot.lookup("#bonusPercentField").queryAs(TextField.class);
        assertThat(percent.isVisible()).isTrue();
        assertThat(percent.getText()).isEqualTo("10");

        type("#bonusPercentField", "15k");
        TextField amount = robot.lookup("#bonusAmountField").queryAs(TextField.class);
        assertThat(amount.isVisible()).isTrue();
        assertThat(amount.getText()).isEqualTo("15k");
    }

    private void type(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.interact(() -> field.setText(text));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
