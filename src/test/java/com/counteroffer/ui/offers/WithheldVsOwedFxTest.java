package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The offer's take-home part shows year 1's withheld vs owed, each figure's formula one click away. */
class WithheldVsOwedFxTest extends FxTestBase {

    @Test
    void theSelectedOfferShowsWithheldVsOwed() throws Exception {
        Path db = folder.resolve("withheld.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
        }
        running = RunningApp.start(db);
        robot.clickOn("#nav-offers");
        OffersController offers = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 1);
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#withheldVsOwed").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#withheldFederal")).startsWith("$");
        assertThat(text("#withheldTotal")).startsWith("$");
        assertThat(text("#withheldBalanceDue")).matches("(Balance due|Refund) in April: \\$[\\d,]+");
        assertThat(text("#withheldSafeHarbor")).startsWith("Safe harbour (IRC §6654): $");
        Tooltip formula = robot.lookup("#withheldFederal").queryAs(Label.class).getTooltip();
        assertThat(formula.getText()).contains("(line 1g)", "supplemental wages");

        // How each line is worked out, with its source: one click opens it.
        TitledPane how = robot.lookup("#withheldHow").queryAs(TitledPane.class);
        assertThat(how.isExpanded()).isFalse();
        Node title = robot.lookup("#withheldHow .title").query();
        robot.interact(() -> scrollTo(how));
        robot.clickOn(title);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, how::isExpanded);
        assertThat(how.getContent().lookupAll(".label").stream().map(node -> ((Label) node).getText()))
                .anyMatch(line -> line.contains("Publication 15-T"));
    }

    /** The detail pane scrolls: bring the node into view so that the click lands on it. */
    private static void scrollTo(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
                javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double range = content.getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, at.getMinY() / range));
                return;
            }
        }
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }
}
