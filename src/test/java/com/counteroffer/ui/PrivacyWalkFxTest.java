package com.counteroffer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.OfferService;
import com.counteroffer.service.RoundRequest;
import com.counteroffer.service.Services;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.compare.CompareController;
import com.counteroffer.ui.negotiate.NegotiateController;
import com.counteroffer.ui.offers.OffersController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * THE privacy test: data whose amounts and names are unique strings, privacy mode on, every screen
 * visited, and every text the window holds read (labels, texts, fields, prompts, tooltips,
 * accessible texts, choice items, chart ticks and data points, the window title). None of the
 * amounts, in any usual form, and none of the client names may be found.
 */
class PrivacyWalkFxTest extends FxTestBase {

    private static final String CURRENT = "Zyxwv Qqq";
    private static final List<String> OTHERS = List.of("Plonk Ortho", "Glorp Vandermeer");
    private static final long BASE = 123_457;
    private static final long BONUS = 98_761;
    private static final long SIGN_ON = 45_679;
    private static final long GRANT = 456_791;
    private static final long PROFILE_BASE = 111_317;
    private static final long COUNTER = 131_071;
    private static final long NOTE_AMOUNT = 77_771;
    private static final long OFFER_NOTE_AMOUNT = 88_883;
    private static final String COMPANY = "Megacorp Cloud";
    /** Any dollar figure at all, derived ones included ($260,000, $1.2M, -$5k), and a chart point's raw value. */
    /** The app's own help texts ("e.g. $185,000"): examples, not anybody's figures. */
    private static final Set<String> HELP = java.util.Collections.list(java.util.ResourceBundle
            .getBundle("com.counteroffer.i18n.messages").getKeys()).stream()
            .map(key -> java.util.ResourceBundle.getBundle("com.counteroffer.i18n.messages").getString(key))
            .collect(java.util.stream.Collectors.toSet());
    private static final java.util.regex.Pattern ANY_AMOUNT = java.util.regex.Pattern.compile("\\$\\s?\\d|Y Axis is -?\\d");

    @Test
    void noAmountAndNoNameOnAnyScreenInPrivacyMode() throws Exception {
        Path db = folder.resolve("privacy.db");
        try (Services services = Services.open(db)) {
            services.clients().rename(1, CURRENT);
            for (String other : OTHERS) {
                Client client = services.clients().add(other);
                services.notes().add(client.id(), other + " asked about equity");
                // Overdue, so the Clients screen's "Needs attention" names the client and the item.
                services.actionItems().add(client.id(), other + " sends the $99,991 letter", LocalDate.of(2026, 1, 5));
            }
            services.profiles().save(1, new Profile(Level.SENIOR, 8, List.of(), "seattle", null, null, null, Set.of(),
                    PROFILE_BASE, 10_000L, 20_000L, null, null));
            long offerId = services.offers().add(1, offer());
            services.offers().add(1, OfferService.readFile(Path.of("assets/sample-offers/sample-current-job.json")));
            services.offers().recordRound(1, offerId, COUNTER, SIGN_ON, GRANT,
                    new RoundRequest(LocalDate.of(2026, 11, 20), ProposedBy.CANDIDATE, "Counter", "asked for more", false));
            services.notes().add(1, "Wants $77,771 more; recruiter said 77771 is the ceiling");
            services.actionItems().add(1, "Ask whether 77771 includes the sign-on", null);
            // The client signs the scripts with their own name.
            var stored = services.offers().get(1, offerId);
            services.negotiation().saveWorkspace(1, offerId,
                    services.negotiation().workspace(1, stored).withNames(CURRENT, "Dana").withChecklist(List.of(
                            new com.counteroffer.domain.negotiation.NegotiationWorkspace.ChecklistItem(
                                    "Ask whether 66,667 covers the move", null, false))));
        }
        // The coach was last working with this client: the window opens on it.
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\nclients.recent=1\n");
        running = RunningApp.start(db);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> CURRENT.equals(running.context().session().clientNameProperty().get()));

        // The data is really shown without privacy: the walk below would find it.
        visit("#nav-offers");
        OffersController offers = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 2);
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(leaks()).isNotEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running.app().mainWindow().privacy()).isTrue();

        List<String> found = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            visit("#nav-" + screen.name().toLowerCase(Locale.ROOT));
            settle(screen);
            found.addAll(leaks().stream().map(leak -> screen + ": " + leak).toList());
            com.counteroffer.testing.Shots.save(robot, running.stage().getScene(), "privacy-" + screen.name().toLowerCase(Locale.ROOT));
            if (screen == Screen.COMPARE) {
                // Each chart is drawn when its tab is chosen: walk all three.
                TabPane charts = robot.lookup("#chartTabs").queryAs(TabPane.class);
                for (int i = 0; i < charts.getTabs().size(); i++) {
                    int tab = i;
                    robot.interact(() -> charts.getSelectionModel().select(tab));
                    WaitForAsyncUtils.waitForFxEvents();
                    found.addAll(leaks().stream().map(leak -> "compare chart " + tab + ": " + leak).toList());
                }
            }
        }
        // The offer's detail and its editor.
        visit("#nav-offers");
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        found.addAll(leaks().stream().map(leak -> "offer detail: " + leak).toList());
        com.counteroffer.testing.Shots.save(robot, running.stage().getScene(), "privacy-offer-detail");
        assertThat(texts()).as("company names are not client names: never mangled").anyMatch(text -> text.contains(COMPANY));
        robot.interact(() -> robot.lookup("#editButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        found.addAll(leaks().stream().map(leak -> "offer editor: " + leak).toList());
        com.counteroffer.testing.Shots.save(robot, running.stage().getScene(), "privacy-offer-editor");
        // Decision 0011: amounts are shown hidden and locked; the rest of the form stays editable.
        javafx.scene.control.TextField base = robot.lookup("#baseField").match(Node::isVisible)
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(base.getText()).isEqualTo("$•••");
        assertThat(base.isEditable()).isFalse();
        assertThat(robot.lookup("#companyField").queryAs(javafx.scene.control.TextField.class).isEditable()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(found).as("amounts or names found in privacy mode").isEmpty();
        assertThat(texts()).as("the current client shows as initials").anyMatch(text -> text.contains("Z.Q."));

        // Turned off, every figure comes back as it was: nothing was overwritten by the dots.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        visit("#nav-profile");
        assertThat(robot.lookup("#baseField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("$111,317");
        assertThat(running.context().services().profiles().load(1).orElseThrow().currentBase()).isEqualTo(PROFILE_BASE);
    }

    private void visit(String navButton) {
        robot.interact(() -> robot.lookup(navButton).queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the background work a screen starts when it opens. */
    private void settle(Screen screen) throws Exception {
        if (screen == Screen.COMPARE) {
            CompareController compare = running.app().mainWindow().controller(Screen.COMPARE, CompareController.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compare.model().resultProperty().get() != null);
        } else if (screen == Screen.NEGOTIATE) {
            NegotiateController negotiate = running.app().mainWindow().controller(Screen.NEGOTIATE, NegotiateController.class);
            assertThat(negotiate).isNotNull();
            ComboBox<?> box = robot.lookup("#offerBox").queryComboBox();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !box.getItems().isEmpty());
            robot.interact(() -> box.getSelectionModel().select(0));
        }
        running.settle();
    }

    /** Every text that contains one of the unique amounts or names. */
    private List<String> leaks() {
        List<String> forbidden = new ArrayList<>();
        for (long amount : List.of(BASE, BONUS, SIGN_ON, GRANT, PROFILE_BASE, COUNTER, NOTE_AMOUNT, OFFER_NOTE_AMOUNT, 66_667L)) {
            forbidden.addAll(forms(amount));
        }
        forbidden.add(CURRENT);
        forbidden.addAll(List.of("Zyxwv", "Qqq", "Plonk", "Ortho", "Glorp", "Vandermeer"));
        List<String> leaks = new ArrayList<>();
        for (String text : texts()) {
            if (ANY_AMOUNT.matcher(text).find() && !HELP.contains(text)) {
                leaks.add("an amount in \"" + text + "\"");
            }
            for (String bad : forbidden) {
                if (text.contains(bad)) {
                    leaks.add("\"" + bad + "\" in \"" + text + "\"");
                }
            }
        }
        return leaks;
    }

    /** 123457 as 123457, 123,457, $123,457, $123k, $123.5k, $123.46k, $0.12M. */
    private static List<String> forms(long amount) {
        List<String> forms = new ArrayList<>();
        forms.add(Long.toString(amount));
        forms.add(String.format(Locale.US, "%,d", amount));
        double thousands = amount / 1000.0;
        forms.add("$" + Math.round(thousands) + "k");
        forms.add("$" + String.format(Locale.US, "%.1f", thousands) + "k");
        forms.add("$" + String.format(Locale.US, "%.2f", thousands) + "k");
        forms.add(String.format(Locale.US, "%.1f", thousands) + "k");
        forms.add("$" + String.format(Locale.US, "%.2f", amount / 1_000_000.0) + "M");
        return forms;
    }

    private List<String> texts() {
        Set<String> texts = new LinkedHashSet<>();
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window instanceof Stage stage && stage.getTitle() != null) {
                texts.add(stage.getTitle());
            }
            if (window.getScene() != null) {
                collect(window.getScene().getRoot(), texts);
            }
        }
        return new ArrayList<>(texts);
    }

    private static void collect(Node node, Set<String> texts) {
        add(texts, node.getAccessibleText());
        add(texts, node.getAccessibleHelp());
        for (Object value : node.getProperties().values()) {
            if (value instanceof Tooltip tooltip) {
                add(texts, tooltip.getText());
            }
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            add(texts, control.getTooltip().getText());
        }
        if (node instanceof Labeled labeled) {
            add(texts, labeled.getText());
        }
        if (node instanceof Text text) {
            add(texts, text.getText());
        }
        if (node instanceof TextInputControl input) {
            add(texts, input.getText());
            add(texts, input.getPromptText());
        }
        if (node instanceof ComboBox<?> box) {
            for (Object item : box.getItems()) {
                add(texts, label(box.getConverter(), item));
            }
        }
        if (node instanceof ChoiceBox<?> box) {
            for (Object item : box.getItems()) {
                add(texts, label(box.getConverter(), item));
            }
        }
        if (node instanceof Axis<?> axis) {
            for (Axis.TickMark<?> tick : axis.getTickMarks()) {
                add(texts, tick.getLabel());
            }
        }
        if (node instanceof XYChart<?, ?> chart) {
            for (XYChart.Series<?, ?> series : chart.getData()) {
                add(texts, series.getName());
                for (XYChart.Data<?, ?> data : series.getData()) {
                    if (data.getNode() != null) {
                        collect(data.getNode(), texts);
                    }
                }
            }
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(texts, tab.getText());
                if (tab.getTooltip() != null) {
                    add(texts, tab.getTooltip().getText());
                }
                if (tab.getContent() != null) {
                    collect(tab.getContent(), texts);
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(javafx.util.StringConverter converter, Object item) {
        return converter == null ? String.valueOf(item) : converter.toString(item);
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }

    /** The sample offer with the unique company and amounts. */
    private Offer offer() throws Exception {
        String json = Files.readString(Path.of("assets/sample-offers/sample-bigtech-amazon.json"))
                .replace("Northwind Cloud", COMPANY)
                .replace("\"base\": 200000", "\"base\": " + BASE)
                .replace("\"target_bonus_pct\": 15", "\"target_bonus_amount\": " + BONUS)
                .replace("\"amount\": 50000", "\"amount\": " + SIGN_ON)
                .replace("\"grant_value\": 400000", "\"grant_value\": " + GRANT)
                .replace("\"notes\": \"The check example. Levels-style yearly: 200,000 + 400,000 / 4 + 30,000 + 50,000 / 4 = 342,500.\"",
                        "\"notes\": \"Recruiter hinted at 88,883 if we ask.\"");
        Path file = folder.resolve("offer.json");
        Files.writeString(file, json);
        return OfferService.readFile(file);
    }
}
