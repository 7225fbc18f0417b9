package com.counteroffer.ui.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.EquivalentPackage;
import com.counteroffer.domain.negotiation.PackageView;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Packages part of Negotiate on a plan with asks: three packages side by side with their
 * figures and sentence, a Copy for each reachable by Tab, the view choice saved and followed, and
 * nothing cut when the type is 1.5 or 2 times larger (the cards wrap instead).
 */
class PackagesFxTest extends FxTestBase {

    @Test
    void aPlanWithAsksShowsThreePackagesEachCopiedAsItsSentence() throws Exception {
        Path db = folder.resolve("packages.db");
        long northwind;
        try (Services services = Services.open(db)) {
            services.profiles().save(1, new Profile(Level.SENIOR, 8, List.of("Built a GPU cluster from scratch"),
                    "seattle", null, null, null, Set.of("kubernetes"), 190_000L, 20_000L, 40_000L, 120_000L, null));
            northwind = services.offers().add(1, Samples.bigTech());
        }
        running = RunningApp.start(db);
        robot.clickOn("#nav-negotiate");
        NegotiateController negotiate = running.app().mainWindow().controller(Screen.NEGOTIATE,
                NegotiateController.class);
        robot.interact(() -> negotiate.openOffer(northwind));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.plan() != null);
        running.settle();

        assertThat(negotiate.plan().asks()).anyMatch(ask -> ask.opening() != null);
        List<EquivalentPackage> packages = negotiate.plan().packages();
        assertThat(packages).hasSize(3);
        @SuppressWarnings("unchecked")
        ComboBox<PackageView> viewBox = robot.lookup("#packageViewBox").queryAs(ComboBox.class);
        assertThat(viewBox.getValue()).isEqualTo(PackageView.FIRST_YEAR);
        FlowPane cards = robot.lookup("#packageCards").queryAs(FlowPane.class);
        assertThat(cards.getChildren()).extracting(Node::getId)
                .containsExactlyElementsOf(packages.stream().map(p -> "package-" + p.id()).toList());
        for (EquivalentPackage p : packages) {
            assertThat(texts(cards.lookup("#package-" + p.id()))).contains(p.label(), p.say(),
                    "First-year total: " + money(p.value().longValueExact()), "Base: " + money(p.base()),
                    "Sign-on: " + money(p.signOn()));
        }
        assertThat(label("#packagesSource")).contains("Leonardelli et al. (2019)", "Medvec and Galinsky (2005)");
        assertThat(robot.lookup("#packagesSource").query().isVisible()).isTrue();

        // Keyboard: Tab from the view choice reaches the first package's Copy; Enter... copies its sentence.
        robot.interact(viewBox::requestFocus);
        robot.type(KeyCode.TAB);
        Button firstCopy = robot.lookup("#copy-package-" + packages.get(0).id()).queryButton();
        assertThat(firstCopy.isFocused()).as("Tab reaches the first Copy").isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(packages.get(0).say());
        assertThat(label("#packagesStatus")).isEqualTo("Copied to the clipboard.");
        robot.clickOn("#copy-package-" + packages.get(2).id());
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(packages.get(2).say());

        // The view choice is saved with the plan's settings and the packages follow it.
        robot.interact(() -> viewBox.setValue(PackageView.FOUR_YEAR));
        running.settle();
        assertThat(negotiate.model().workspaceProperty().get().settings().packageView())
                .isEqualTo(PackageView.FOUR_YEAR);
        List<EquivalentPackage> fourYear = negotiate.plan().packages();
        assertThat(fourYear).hasSize(3);
        assertThat(texts(cards)).contains("Four-year total: " + money(fourYear.get(0).value().longValueExact()));
        assertThat(label("#packagesLead")).contains("in the four-year total");

        // Larger type: nothing cut, nothing past the part's edge; at twice the size the cards wrap.
        Parent root = running.stage().getScene().getRoot();
        for (double scale : List.of(1.0, 1.5, 2.0)) {
            robot.interact(() -> root.setStyle("-fx-font-size: " + Font.getDefault().getSize() * scale + "px;"));
            running.settle();
            Node part = cards.getParent();
            List<String> cut = new ArrayList<>();
            for (Node node : part.lookupAll(".label")) {
                if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                        && !labeled.getText().isEmpty() && !wholeText(labeled)) {
                    cut.add(labeled.getText());
                }
            }
            assertThat(cut).as("labels cut at " + scale).isEmpty();
            for (Node card : cards.getChildren()) {
                Bounds inPart = part.sceneToLocal(card.localToScene(card.getLayoutBounds()));
                assertThat(inPart.getMaxX()).as("card inside the part at " + scale)
                        .isLessThanOrEqualTo(part.getLayoutBounds().getWidth() + 0.5);
            }
            long rows = cards.getChildren().stream().mapToDouble(Node::getLayoutY).distinct().count();
            if (scale == 1.0) {
                assertThat(rows).as("side by side at the normal size").isEqualTo(1);
            }
            if (scale == 2.0) {
                assertThat(rows).as("wrapped at twice the size").isGreaterThan(1);
            }
            robot.interact(() -> scrollTo(part));
            Shots.save(robot, running.stage().getScene(), "packages-" + (int) (scale * 100));
        }
        robot.interact(() -> root.setStyle(""));
    }

    /** Whether any class in src/main/java other than EquivalentPackages itself calls EquivalentPackages.of. */
    /** Scrolls the screen so the part's top is at the top of the view (for the pictures). */
    private static void scrollTo(Node part) {
        for (Node at = part.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                double top = content.sceneToLocal(part.localToScene(0, 0)).getY();
                double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, top / room));
                return;
            }
        }
    }

    private static String money(long dollars) {
        return com.counteroffer.domain.money.Money.format(dollars);
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }

    /** Whether a labeled draws all its text: cut text is drawn shortened, with an ellipsis. */
    private static boolean wholeText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(node -> ((Text) node).getText()).allMatch(labeled.getText()::equals);
    }
}
