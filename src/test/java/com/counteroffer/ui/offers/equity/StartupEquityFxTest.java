package com.counteroffer.ui.offers.equity;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.Theme;
import com.counteroffer.ui.offers.OffersController;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Offers screen's startup equity section on the issue's offer (60,000 options at $4, 409A $4,
 * preferred $12, $1.2B, 100,000,000 fully diluted): the preferred price, the exit scenarios with the
 * range and Carta's $0, a table refused while its probabilities don't add up, a saved table read back
 * after a restart; the keyboard, nothing cut at 150 %, and privacy mode over the whole section.
 */
class StartupEquityFxTest extends FxTestBase {

    private static final Pattern ANY_AMOUNT = Pattern.compile("\\$\\s?\\d");

    @Test
    void theIssuesOfferValuedAtPreferredAndOverScenariosSavedAndReadBack() throws Exception {
        Path db = folder.resolve("equity.db");
        long startup;
        long bigTech;
        try (Services services = Services.open(db)) {
            startup = services.offers().add(1, StartupEquityModelTest.issueOffer());
            bigTech = services.offers().add(1, Samples.bigTech());
        }
        running = RunningApp.start(db);
        OffersController offers = openOffers();

        // Public RSUs: no section at all.
        select(offers, bigTech);
        assertThat(robot.lookup("#startupEquity").tryQuery()).isEmpty();

        select(offers, startup);
        assertThat(robot.lookup("#startupEquity").tryQuery()).isPresent();
        assertThat(radio("#valuation-409a").isSelected()).isTrue();
        assertThat(radio("#valuation-409a").getText()).contains("tax value, usually far below what investors paid");
        // ($4 409A − $4 strike) × 60,000 = $0.
        assertThat(text("#chosenValue")).isEqualTo("Grant value (409A price): $0");

        // Preferred: ($12 − $4) × 60,000 = $480,000, with the sum one click away.
        fire("#valuation-preferred");
        assertThat(text("#chosenValue")).isEqualTo("Grant value (Preferred price): $480,000");
        fire("#valuation-preferred");
        assertThat(radio("#valuation-preferred").isSelected()).as("chosen again, still chosen").isTrue();
        assertThat(radio("#valuation-409a").isSelected()).isFalse();
        TitledPane how = robot.lookup("#chosenHow").queryAs(TitledPane.class);
        assertThat(how.isExpanded()).isFalse();
        assertThat(texts(how.getContent())).anyMatch(line -> line.contains("($12.00 − $4.00 strike) × 60,000 options = $480,000."));

        // Scenarios (defaults): expected $468,960, worst $0, median $0, best $4,368,000 (hand-worked in the model test).
        fire("#valuation-scenarios");
        assertThat(text("#scenarioDefaults")).startsWith("Assumption — shipped default, source: docs/reference-data.md §2b");
        assertThat(robot.lookup("#scenarioDefaults").query().isVisible()).isTrue();
        assertThat(text("#rangeFigures")).isEqualTo("Expected $468,960 · worst $0 · median $0 · best $4,368,000");
        assertThat(text("#cartaCounsel")).contains("Carta").contains("lower bound").contains("$0");
        assertThat(text("#scenarioGrant-3")).isEqualTo("$2,064,000");
        assertThat(text("#chosenValue")).isEqualTo("Grant value (Exit scenarios): $468,960 expected");

        // A probability that makes the sum 90 %: said at once, and Save refuses.
        type("#scenarioProbability-1", "55");
        assertThat(text("#scenariosMessage")).isEqualTo("Scenarios: the probabilities add up to 90 %; make them add up to 100 %.");
        assertThat(robot.lookup("#scenarioDefaults").query().isVisible()).as("edited: no longer the defaults").isFalse();
        fire("#saveEquity");
        assertThat(text("#equityStatus")).startsWith("Not saved.");
        assertThat(company(startup).valuation()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);

        // Fixed, and saved.
        type("#scenarioProbability-2", "35");
        type("#scenarioName-3", "IPO");
        assertThat(text("#scenariosMessage")).isEmpty();
        fire("#saveEquity");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Saved with the offer.".equals(text("#equityStatus")));
        running.settle();
        assertThat(company(startup).scenarios()).extracting(ExitScenario::name)
                .containsExactly("Fails", "Modest acquisition", "IPO", "Outlier");

        // Read back after a restart: the table and the choice are the offer's.
        running.close();
        running = RunningApp.start(db);
        offers = openOffers();
        select(offers, startup);
        assertThat(radio("#valuation-scenarios").isSelected()).isTrue();
        assertThat(field("#scenarioProbability-1").getText()).isEqualTo("55");
        assertThat(field("#scenarioName-3").getText()).isEqualTo("IPO");
        assertThat(robot.lookup("#scenarioDefaults").query().isVisible()).isFalse();
        // 0.35 × 681,600 + 0.06 × 2,064,000 + 0.04 × 4,368,000 = 238,560 + 123,840 + 174,720 = $537,120.
        assertThat(text("#rangeFigures")).startsWith("Expected $537,120 · worst $0");

    }

    @Test
    void everyControlIsReachedByTabNoTextIsCutAtOneAndAHalfTimesTheSizeAndPrivacyHidesEveryAmount() throws Exception {
        Path db = folder.resolve("keys.db");
        long startup;
        try (Services services = Services.open(db)) {
            startup = services.offers().add(1, StartupEquityModelTest.issueOffer());
        }
        running = RunningApp.start(db);
        OffersController offers = openOffers();
        select(offers, startup);
        fire("#valuation-exit");
        type("#exitValueField", "$2,000,000,000");
        // $2B ÷ (100,000,000 ÷ 0.8²) = $12.80 a share; (12.80 − 4) × 60,000 = $528,000.
        assertThat(text("#chosenValue")).isEqualTo("Grant value (An exit you choose): $528,000");
        Node section = robot.lookup("#startupEquity").query();

        // Tab from the first choice walks through every control of the section.
        List<Node> controls = new ArrayList<>();
        collectControls(section, controls);
        controls.removeIf(node -> node.isDisabled() || !node.isVisible() || !node.isFocusTraversable()
                || !treeVisible(node));
        robot.interact(() -> robot.lookup("#valuation-409a").query().requestFocus());
        Set<Node> reached = new LinkedHashSet<>();
        for (int i = 0; i < controls.size() * 2 + 10; i++) {
            Node focused = running.stage().getScene().getFocusOwner();
            reached.add(focused);
            robot.type(KeyCode.TAB);
        }
        List<String> missed = controls.stream().filter(node -> !reached.contains(node))
                .map(node -> node.getClass().getSimpleName() + "#" + node.getId()).toList();
        assertThat(missed).as("controls Tab never reaches").isEmpty();
        assertThat(controls).extracting(Node::getId).contains("valuation-preferred", "exitByPrice", "exitValueField",
                "scenarioName-1", "scenarioValue-3", "scenarioProbability-2", "addScenario", "chosenHow", "rangeHow");
        // A "How" part focused by Tab draws a ring round its title.
        TitledPane how = robot.lookup("#chosenHow").queryAs(TitledPane.class);
        javafx.scene.layout.Region title = (javafx.scene.layout.Region) how.lookup(".title");
        robot.interact(() -> robot.lookup("#saveEquity").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Border unfocused = title.getBorder();
        robot.interact(how::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getBorder()).isNotNull().isNotEqualTo(unfocused);

        // Larger type: the section's labels wrap instead of being cut.
        Parent root = running.stage().getScene().getRoot();
        robot.interact(() -> root.setStyle("-fx-font-size: " + Font.getDefault().getSize() * 1.5 + "px;"));
        running.settle();
        fire("#valuation-scenarios");
        List<String> cut = new ArrayList<>();
        for (Node node : section.lookupAll(".label")) {
            if (node instanceof Labeled labeled && treeVisible(labeled) && labeled.getText() != null
                    && !labeled.getText().isEmpty() && !wholeText(labeled)) {
                cut.add(labeled.getText());
            }
        }
        for (Node node : section.lookupAll(".button")) {
            if (node instanceof Labeled labeled && treeVisible(labeled) && !wholeText(labeled)) {
                cut.add(labeled.getText());
            }
        }
        for (Node node : section.lookupAll(".radio-button")) {
            if (node instanceof Labeled labeled && !wholeText(labeled)) {
                cut.add(labeled.getText());
            }
        }
        assertThat(cut).as("texts cut at 150 %").isEmpty();
        // Nothing runs past the detail's right edge either: the section fits the width it is given.
        ScrollPane detailScroll = ancestor(section, ScrollPane.class);
        double room = detailScroll.getViewportBounds().getWidth();
        List<String> wide = new ArrayList<>();
        for (Node node : section.lookupAll("*")) {
            if (node instanceof javafx.scene.layout.Region region && treeVisible(region)
                    && region.minWidth(-1) > room + 0.5) {
                wide.add(region.getClass().getSimpleName() + "#" + region.getId() + " " + region.getStyleClass()
                        + " min " + Math.round(region.minWidth(-1)) + " > " + Math.round(room));
            }
        }
        assertThat(wide).as("parts wider than the detail at 150 %").isEmpty();
        robot.interact(() -> root.setStyle(""));
        pictures("equity");

        // Privacy: no amount of the section shows; Carta's own $0 is a quotation, not the client's figure.
        java.util.function.Supplier<List<String>> amounts = () -> texts(section).stream()
                .filter(t -> ANY_AMOUNT.matcher(t).find()).filter(t -> !t.equals(text("#cartaCounsel"))).toList();
        assertThat(amounts.get()).as("the check finds the amounts shown").hasSizeGreaterThan(20);
        togglePrivacy();
        assertThat(running.app().mainWindow().privacy()).isTrue();
        assertThat(amounts.get()).isEmpty();
        Shots.save(robot, section, "equity-section-privacy");
        assertThat(text("#rangeFigures")).contains("$•••");
        assertThat(field("#scenarioValue-2").getText()).isEqualTo("$•••");
        assertThat(field("#scenarioValue-2").isEditable()).isFalse();
        togglePrivacy();
        assertThat(field("#scenarioValue-2").getText()).isEqualTo("$2,400,000,000");

        // Unsaved edits and another offer chosen: asked first; Stay keeps the offer and the edits.
        long lattice = running.context().services().offers().add(1, Samples.startup());
        running.settle();
        assertThat(offers.equity().dirtyProperty().get()).as("the exit typed above is not saved").isTrue();
        com.counteroffer.testing.ScriptedDialogs dialogs = new com.counteroffer.testing.ScriptedDialogs()
                .answer(com.counteroffer.ui.common.Dialogs.Unsaved.STAY)
                .answer(com.counteroffer.ui.common.Dialogs.Unsaved.DISCARD);
        robot.interact(() -> running.context().replaceDialogs(dialogs));
        selectRow(offers, lattice);
        assertThat(offers.model().selectedIdProperty().get()).isEqualTo(startup);
        assertThat(offers.table().getSelectionModel().getSelectedItem().id()).isEqualTo(startup);
        assertThat(field("#exitValueField").getText()).isEqualTo("$2,000,000,000");
        selectRow(offers, lattice);
        assertThat(offers.model().selectedIdProperty().get()).isEqualTo(lattice);
        assertThat(offers.equity().offerId()).isEqualTo(lattice);
        assertThat(dialogs.allAnswered()).isTrue();
    }

    private void selectRow(OffersController offers, long id) throws Exception {
        robot.interact(() -> offers.table().getItems().stream().filter(row -> row.id() == id).findFirst()
                .ifPresent(row -> offers.table().getSelectionModel().select(row)));
        running.settle();
    }

    @Test
    void anAiLabsTenderUnitsShowWhatIsSellableApartFromPaper() throws Exception {
        Path db = folder.resolve("lab.db");
        long lab;
        try (Services services = Services.open(db)) {
            lab = services.offers().add(1, com.counteroffer.service.OfferService.readFile(
                    Path.of("assets/sample-offers/sample-ai-lab-units.json")));
        }
        running = RunningApp.start(db);
        OffersController offers = openOffers();
        select(offers, lab);

        assertThat(radio("#valuation-preferred").isSelected()).isTrue();
        // 6,000 units, 25 % a year; a tender at months 12, 24, 36 and 48 buys 20 % of the vested units still held:
        // 1,500 → 300; 3,000 − 300 = 2,700 → 540; 4,500 − 840 = 3,660 → 732; 6,000 − 1,572 = 4,428 → 885.
        // Sold 300 + 540 + 732 + 885 = 2,457 units × $250 = $614,250; on paper 6,000 − 2,457 = 3,543 units × $250 = $885,750.
        assertThat(text("#liquidityPart .label")).isNotNull();
        assertThat(texts(robot.lookup("#liquidityPart").query())).contains(
                "Sellable in the next 4 years: $614,250 (2,457 units in tenders). Still on paper: 3,543 vested units,"
                        + " worth $885,750 (Preferred price).");
        assertThat(robot.lookup("#liquidityTable").tryQuery()).isPresent();
        assertThat(robot.lookup("#exercisePart").tryQuery()).as("units are not options").isEmpty();
        Shots.save(robot, robot.lookup("#startupEquity").query(), "equity-section-lab-units");
    }

    /** The section at 100 % and 150 %, light and dark, for a person to look at (with -Dcounteroffer.shots). */
    private void pictures(String name) throws Exception {
        Parent root = running.stage().getScene().getRoot();
        robot.interact(() -> robot.lookup("#split").queryAs(SplitPane.class).setDividerPositions(0.12));
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> running.context().settings().themeProperty().set(theme));
            for (double scale : List.of(1.0, 1.5)) {
                robot.interact(() -> root.setStyle(scale == 1.0 ? "" : "-fx-font-size: "
                        + Font.getDefault().getSize() * scale + "px;"));
                running.settle();
                robot.interact(() -> scrollTo(robot.lookup("#startupEquity").query()));
                WaitForAsyncUtils.waitForFxEvents();
                String suffix = theme.name().toLowerCase() + "-" + (int) (scale * 100);
                Shots.save(robot, running.stage().getScene(), name + "-window-" + suffix);
                Shots.save(robot, robot.lookup("#startupEquity").query(), name + "-section-" + suffix);
            }
        }
        robot.interact(() -> root.setStyle(""));
        robot.interact(() -> running.context().settings().themeProperty().set(Theme.LIGHT));
    }

    /** Privacy mode on or off, by the window's own toggle (shown in coach mode). */
    private void togglePrivacy() {
        robot.interact(() -> robot.lookup("#privacyToggle").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private OffersController openOffers() throws Exception {
        robot.interact(() -> robot.lookup("#nav-offers").queryAs(javafx.scene.control.ToggleButton.class).fire());
        running.settle();
        return running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);
    }

    private void select(OffersController offers, long id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().stream()
                .anyMatch(row -> row.id() == id));
        robot.interact(() -> offers.table().getItems().stream().filter(row -> row.id() == id).findFirst()
                .ifPresent(row -> offers.table().getSelectionModel().select(row)));
        running.settle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.equity().offerId() != null
                && offers.equity().offerId() == id || !offers.equity().appliesProperty().get());
    }

    private PrivateCompany company(long id) {
        return running.context().services().offers().get(1, id).offer().equity().company();
    }

    private void fire(String query) throws Exception {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
        running.settle();
    }

    /** Types into a field and leaves it with Tab, then waits for the figures worked out in the background. */
    private void type(String query, String text) throws Exception {
        TextField field = field(query);
        robot.interact(field::requestFocus);
        robot.interact(() -> field.setText(text));
        robot.type(KeyCode.TAB);
        running.settle();
    }

    private TextField field(String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private RadioButton radio(String query) {
        return robot.lookup(query).queryAs(RadioButton.class);
    }

    private String text(String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static void collectControls(Node node, List<Node> controls) {
        if (node instanceof TextInputControl || node instanceof ButtonBase) {
            controls.add(node);
        } else if (node instanceof TitledPane pane) {
            controls.add(pane);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectControls(child, controls));
        }
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (type.isInstance(at)) {
                return type.cast(at);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " around " + node);
    }

    private static boolean treeVisible(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getText());
        }
        if (node instanceof Control control && control.getAccessibleHelp() != null) {
            texts.add(control.getAccessibleHelp());
        }
        if (node instanceof TitledPane pane && pane.getContent() != null) {
            texts.addAll(texts(pane.getContent()));
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

    /** Scrolls the detail so the section's top is at the top of the view. */
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
}
