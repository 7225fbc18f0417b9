package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.ui.common.Screen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** An AI lab's units typed into the real offer editor: private RSUs sold in tenders, by keyboard where it counts. */
class PrivateEquityEditorFxTest extends FxTestBase {

    @Test
    void aPrivateRsuGrantIsTypedReachedByTabShownWholeAndSaved() throws Exception {
        running = RunningApp.start(folder.resolve("units.db"));
        robot.clickOn("#nav-offers");
        WaitForAsyncUtils.waitForFxEvents();
        OffersController offers = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);
        robot.clickOn("#newButton");
        type("#companyField", "Meridian Intelligence Lab");
        type("#baseField", "310k");
        robot.interact(() -> robot.lookup("#equityRsuShares").queryAs(javafx.scene.control.RadioButton.class)
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        type("#shares", "6,000");
        type("#share-price", "$250");
        assertThat(shown("#private-fmv")).as("the private terms wait for the box").isFalse();

        robot.interact(() -> robot.lookup("#private-rsu").queryAs(javafx.scene.control.CheckBox.class).fire());
        robot.interact(() -> robot.lookup("#liquidity-tender").queryAs(javafx.scene.control.RadioButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown("#private-fmv")).isTrue();
        assertThat(shown("#tender-every")).isTrue();
        assertThat(shown("#private-expiry")).as("double-trigger only").isFalse();

        // Every new control is reached by Tab, in reading order, from the private-company box on. The
        // liquidity choices are one group: Tab stops at the chosen one, the arrow keys move between them.
        List<String> expected = List.of("private-fmv", "private-fds", "liquidity-tender", "tender-every", "tender-first", "tender-sellable", "tender-price", "pref-invested",
                "pref-multiple", "pref-pct", "participating", "dilution-per-round", "dilution-rounds");
        robot.interact(() -> robot.lookup("#private-rsu").query().requestFocus());
        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < 30 && !reached.containsAll(expected); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = running.stage().getScene().getFocusOwner();
            if (focused != null && focused.getId() != null) {
                reached.add(focused.getId());
            }
        }
        assertThat(reached).containsAll(expected);
        robot.interact(() -> robot.lookup("#liquidity-tender").query().requestFocus());
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running.stage().getScene().getFocusOwner().getId()).isEqualTo("liquidity-double_trigger");
        robot.interact(() -> robot.lookup("#liquidity-tender").queryAs(javafx.scene.control.RadioButton.class).fire());

        type("#private-fmv", "$95");
        type("#private-fds", "1,200,000,000");
        type("#tender-every", "12");
        type("#tender-first", "12");
        type("#tender-sellable", "20");

        // A 1440-px window at 150 % scale leaves 960 px: the long captions wrap rather than being cut.
        robot.interact(() -> running.stage().setWidth(960));
        running.settle();
        assertThat(cutTexts()).isEmpty();

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 1);
        List<StoredOffer> stored = running.context().services().offers().list(1);
        RsuGrant units = (RsuGrant) stored.get(0).offer().equity();
        assertThat(units.isPrivate()).isTrue();
        assertThat(units.shares()).isEqualTo(6_000L);
        assertThat(units.fairMarketValue()).isEqualByComparingTo("95");
        assertThat(units.fullyDilutedShares()).isEqualTo(1_200_000_000L);
        assertThat(units.company().liquidity()).isEqualTo(new Liquidity(Liquidity.Kind.TENDER, null, 12, 12,
                new BigDecimal("20"), null));
    }

    /** The texts in the equity section that are drawn shortened (with an ellipsis) instead of whole. */
    private List<String> cutTexts() {
        List<String> cut = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        collect(robot.lookup("#privateBox").query(), nodes);
        int checked = 0;
        for (Node node : nodes) {
            if (node instanceof Labeled labeled && isShown(labeled) && labeled.getText() != null
                    && !labeled.getText().isEmpty()) {
                checked++;
                boolean whole = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                        .map(child -> ((Text) child).getText()).allMatch(labeled.getText()::equals);
                if (!whole) {
                    cut.add(labeled.getText());
                }
            }
        }
        assertThat(checked).as("captions, choices and notes looked at").isGreaterThan(20);
        return cut;
    }

    private static void collect(Node node, List<Node> nodes) {
        nodes.add(node);
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, nodes));
        }
    }

    private boolean shown(String query) {
        return isShown(robot.lookup(query).query());
    }

    private static boolean isShown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && (!(node instanceof Control control) || control.getWidth() > 0);
    }

    private void type(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.interact(() -> field.setText(text));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
