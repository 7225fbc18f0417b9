package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** On the real editor: ticking "This is my current job" fills the pay from the profile and says so. */
class CurrentJobFxTest extends FxTestBase {

    @Test
    void theProfilesPayArrivesWithItsNote() throws Exception {
        running = RunningApp.start(folder.resolve("current.db"));
        running.context().services().profiles().save(1, new Profile(Level.SENIOR, 9, List.of(), "nyc", null, null, null,
                Set.of(), 265_000L, 40_000L, 120_000L, null, null, null));
        running.settle();
        robot.clickOn("#nav-offers");
        running.settle();
        robot.clickOn("#newButton");
        running.settle();
        robot.clickOn("#currentBox");
        running.settle();
        assertThat(robot.lookup("#baseField").queryAs(TextField.class).getText()).isEqualTo("$265,000");
        assertThat(robot.lookup("#bonusAmountField").queryAs(TextField.class).getText()).isEqualTo("$40,000");
        Label note = robot.lookup("#currentNote").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("$120,000 a year").contains("$480,000 grant");
        // The profile's hub (New York City) came in too, and the editor names the state it taxes in.
        Label place = robot.lookup("#locationNote").queryAs(Label.class);
        assertThat(place.isVisible()).isTrue();
        assertThat(place.getText()).contains("New York");
    }
}
