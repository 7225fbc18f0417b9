package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The offer editor at 100 %, 150 % and 200 %: a 1280×800 screen gives the window 1280, 853 or 640 logical
 * pixels (at least the window's minimum), and with long names, seven-figure amounts and the most fields
 * (options, a sign-on, a refresher) no label, check box or radio button is cut.
 */
class OfferEditorFitFxTest extends FxTestBase {

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5, 2.0})
    void noTextIsCutAtAnyScale(double scale) throws Exception {
        running = RunningApp.start(folder.resolve("fit.db"));
        Stage stage = running.stage();
        robot.interact(() -> {
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
            stage.setWidth(Math.max(stage.getMinWidth(), 1280 / scale));
            stage.setHeight(Math.max(stage.getMinHeight(), 800 / scale));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-offers");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#newButton");
        running.settle();
        OffersController offers = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);
        OfferEditorModel model = offers.editor().model();
        robot.interact(() -> {
            model.company().textProperty().set("Northwind Cloud Infrastructure Holdings International");
            model.base().textProperty().set("$1,250,000");
            model.equityKindProperty().set(OfferEditorModel.EquityKind.OPTIONS);
            model.addSignOn().amount().textProperty().set("$1,500,000");
            model.addRefresher().value().textProperty().set("$2,400,000");
            model.clawbackFull().textProperty().set("12");
        });
        running.settle();
        Node editor = robot.lookup("#saveButton").query();
        while (!"stack".equals(editor.getParent().getId())) {
            editor = editor.getParent();
        }
        List<String> cut = new ArrayList<>();
        Node shown = editor;
        robot.interact(() -> cut.addAll(CutLabels.under(shown)));
        // The whole form, scrolled parts too, for a person to read at each scale.
        Shots.save(robot, robot.lookup("#form").query(), "offer-editor-form-" + (int) (scale * 100));
        assertThat(cut).as("texts cut at %s %%", scale * 100).isEmpty();
        javafx.scene.control.ScrollPane scroller = robot.lookup("#scroller").queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(scroller.getContent().getLayoutBounds().getWidth()).as("no sideways scrolling at %s %%", scale * 100)
                .isLessThanOrEqualTo(scroller.getViewportBounds().getWidth() + 0.5);
    }

}
