package com.counteroffer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18 on the real screen: choosing how to value startup equity changes the totals. */
class CompareValuationFxTest extends FxTestBase {

    @Test
    void choosingThePreferredPriceCountsTheStartupsOptions() throws Exception {
        Path db = folder.resolve("compare.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Samples.bigTech());
        }
        running = RunningApp.start(db);
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitForFxEvents();
        CompareController compare = running.app().mainWindow().controller(Screen.COMPARE, CompareController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compare.model().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // Lattice AI's options at the 409A price: strike $2.50 = price, so $0.
        assertThat(text("cell-equity-0")).isEqualTo("$0");
        String total = text("cell-horizon-0");

        ComboBox<String> valuation = robot.lookup("#valuationBox").queryComboBox();
        assertThat(valuation.getValue()).isEqualTo("own");
        robot.interact(() -> valuation.setValue("preferred"));

        // At the preferred price: (9.00 − 2.50) × 40,000 = $260,000 over the four years.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "$260,000".equals(text("cell-equity-0")));
        assertThat(text("cell-horizon-0")).isNotEqualTo(total);
        assertThat(text("cell-paper-0")).isEqualTo("$260,000");
        assertThat(robot.lookup("#valuationNote").queryAs(Label.class).getText()).startsWith("Preferred price:");
    }

    /** Read on the JavaFX thread: the table is rebuilt there while the test polls. */
    private String text(String id) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#" + id).tryQuery()
                    .map(node -> ((Label) node).getText()).orElse("")).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read " + id, e);
        }
    }
}
