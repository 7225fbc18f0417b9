package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The offers table at 100 %, 150 % and 200 % with a long company name, the current job, seven-figure
 * amounts and a passed deadline: every header and cell shows its whole text (the table scrolls sideways
 * rather than cut a figure).
 */
class OffersTableFitFxTest extends FxTestBase {

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5, 2.0})
    void noHeaderOrCellIsCut(double scale) throws Exception {
        running = RunningApp.start(folder.resolve("table.db"));
        var offers = running.context().services().offers();
        Offer current = Offer.basic("Northwind Cloud Infrastructure Holdings", 1_250_000);
        offers.add(1, new Offer(current.company(), "Principal AI Infrastructure Engineer", null, null, null, null,
                OfferStatus.RECEIVED, null, "", true, 1_250_000, BigDecimal.ZERO, current.bonus(), List.of(),
                current.clawback(), 0, null, List.of(), null, 0, null));
        Offer late = Offer.basic("Contoso Hyperscale Compute Laboratories", 9_450_000);
        offers.add(1, new Offer(late.company(), "Staff Engineer, Inference Platform", null, null, null,
                LocalDate.now().minusDays(23), OfferStatus.NEGOTIATING, null, "", false, 9_450_000, BigDecimal.ZERO,
                late.bonus(), List.of(), late.clawback(), 0, null, List.of(), null, 0, null));
        Stage stage = running.stage();
        robot.interact(() -> {
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
            stage.setWidth(Math.max(stage.getMinWidth(), 1280 / scale));
            stage.setHeight(Math.max(stage.getMinHeight(), 800 / scale));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-offers");
        running.settle();
        TableView<?> table = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class).table();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        running.settle();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(CutLabels.under(table)));
        Shots.save(robot, table, "offers-table-" + (int) (scale * 100));
        assertThat(cut).as("table texts cut at %s %%", scale * 100).isEmpty();
        // Columns wider than the table together are reached by scrolling sideways, never hidden.
        double columns = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        boolean sideways = table.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> bar instanceof javafx.scene.control.ScrollBar scroll
                        && scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && scroll.isVisible());
        assertThat(columns <= table.getWidth() || sideways).as("columns %s wide in a table %s wide, sideways bar %s",
                columns, table.getWidth(), sideways).isTrue();
    }

    /**
     * The path of a real window (reported cut at 150 %, dark, coach mode): the Offers screen is built and
     * shown on a client with no offers, then another client with long names and seven-figure amounts is
     * switched to, so the rows (and their after-tax figures, from the background) arrive after the first layout.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5})
    void rowsArrivingOnAClientSwitchAreNotCut(double scale) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\ntheme=dark\n");
        running = RunningApp.start(folder.resolve("switch.db"));
        Stage stage = running.stage();
        robot.interact(() -> {
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
            stage.setWidth(1240);
            stage.setHeight(820);
        });
        robot.clickOn("#nav-offers");
        running.settle();
        TableView<?> table = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class).table();
        assertThat(table.getItems()).isEmpty();
        var services = running.context().services();
        var maxi = services.clients().add("Maximiliana Featherstonehaugh-Worthington");
        Offer current = Offer.basic("Current Employer Holdings International", 1_250_000);
        services.offers().add(maxi.id(), new Offer(current.company(), "Principal Distributed Systems Architect, "
                + "Inference Platform", null, null, null, LocalDate.now().plusDays(39), OfferStatus.RECEIVED, null, "",
                true, 1_250_000, BigDecimal.ZERO, current.bonus(), List.of(), current.clawback(), 0, null, List.of(),
                null, 0, null));
        for (Object[] offer : new Object[][] {{"Northwind Cloud Infrastructure Services", 985_000L, 12},
            {"Featherstonehaugh Quantum Compute Laboratories", 1_100_000L, 17}}) {
            Offer basic = Offer.basic((String) offer[0], (Long) offer[1]);
            services.offers().add(maxi.id(), new Offer(basic.company(), "Staff AI Infrastructure Engineer, Training "
                    + "Clusters", null, null, null, LocalDate.now().plusDays((Integer) offer[2]), OfferStatus.RECEIVED,
                    null, "", false, (Long) offer[1], BigDecimal.ZERO, basic.bonus(), List.of(), basic.clawback(), 0,
                    null, List.of(), null, 0, null));
        }
        robot.interact(() -> running.context().session().switchTo(maxi, error -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        running.settle();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(CutLabels.under(table)));
        Shots.save(robot, table, "offers-table-switch-" + (int) (scale * 100));
        assertThat(cut).as("table texts cut at %s %% after a client switch", scale * 100).isEmpty();
    }
}
