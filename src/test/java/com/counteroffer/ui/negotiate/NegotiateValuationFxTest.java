package com.counteroffer.ui.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18 on the real screen: valuing the startup's options at the preferred price gives an equity ask. */
class NegotiateValuationFxTest extends FxTestBase {

    @Test
    void choosingThePreferredPriceSizesAnEquityAskInOptions() throws Exception {
        Path db = folder.resolve("negotiate.db");
        long lattice;
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
            lattice = services.offers().add(1, Samples.startup());
        }
        running = RunningApp.start(db);
        robot.clickOn("#nav-negotiate");
        WaitForAsyncUtils.waitForFxEvents();
        NegotiateController negotiate = running.app().mainWindow().controller(Screen.NEGOTIATE, NegotiateController.class);
        robot.interact(() -> negotiate.openOffer(lattice));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.plan() != null
                && negotiate.model().valuationProperty().get() != null);
        // At the 409A price the options are worth $0: no equity ask in dollars.
        assertThat(negotiate.plan().ask(Lever.EQUITY)).isEmpty();
        ComboBox<ValuationBasis> valuation = robot.lookup("#valuationBox").queryComboBox();
        assertThat(valuation.isVisible()).isTrue();
        assertThat(valuation.getValue()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);

        robot.interact(() -> valuation.setValue(ValuationBasis.PREFERRED));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.plan().ask(Lever.EQUITY).isPresent());
        assertThat(negotiate.plan().ask(Lever.EQUITY).orElseThrow().text())
                .contains("options at the preferred price of $9.00");
        assertThat(robot.lookup("#ask-equity").tryQuery()).isPresent();
    }
}
