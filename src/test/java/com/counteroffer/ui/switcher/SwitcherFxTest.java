package com.counteroffer.ui.switcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.Services;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.store.Database;
import com.counteroffer.store.ProfileRepository;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A coach switches client with the keyboard only, and the app opens on the client shown last. */
class SwitcherFxTest extends FxTestBase {

    private Client priya;
    private Client jorge;
    private Client ana;

    private Path coachDatabase() {
        Path db = folder.resolve("coach.db");
        try (Database database = Database.open(db)) {
            ClientRepository clients = new ClientRepository(database, Clock.systemUTC());
            priya = clients.add("Priya Shah").join();
            jorge = clients.add("Jorge Ortiz").join();
            ana = clients.add("Ana Petrova").join();
            ProfileRepository profiles = new ProfileRepository(database, Clock.systemUTC());
            for (Client client : List.of(priya, jorge, ana)) {
                profiles.save(client.id(), new Profile(Level.SENIOR, 8, List.of(), null, null, null, null, Set.of(),
                        190_000L, null, null, null, MarketAssumptions.NONE)).join();
            }
        }
        return db;
    }

    private String clientButton() {
        return robot.lookup(".client-button").queryButton().getText();
    }

    @Test
    void ctrlKTypingAndEnterShowTheOtherClientKeyboardOnly() throws Exception {
        Path db = coachDatabase();
        Files.writeString(folder.resolve("settings.properties"),
                "coach.mode=true\nclients.recent=" + jorge.id() + "," + priya.id() + "\n");
        running = RunningApp.start(db);

        // Opens on the client shown last, on a working screen, not on the first-run page.
        assertThat(running.context().session().clientId()).isEqualTo(jorge.id());
        assertThat(running.app().mainWindow().current()).isEqualTo(Screen.MARKET);
        assertThat(clientButton()).contains("Jorge Ortiz");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        SwitcherView switcher = running.app().mainWindow().switcher();
        assertThat(switcher.stage().isShowing()).isTrue();
        TextField filter = (TextField) switcher.stage().getScene().lookup("#switcher-filter");
        assertThat(filter.isFocused()).as("focus starts in the filter").isTrue();
        @SuppressWarnings("unchecked")
        ListView<SwitcherModel.Row> list = (ListView<SwitcherModel.Row>) switcher.stage().getScene().lookup("#switcher-list");
        assertThat(list.getItems()).extracting(SwitcherModel.Row::name)
                .containsExactly("Jorge Ortiz", "Priya Shah", "Ana Petrova");
        assertThat(list.getItems()).extracting(SwitcherModel.Row::facts).allMatch(facts -> facts.startsWith("Senior/Lead"));
        Shots.save(robot, switcher.stage().getScene(), "switcher-open");

        assertThat(switcher.stage().isFocused()).as("the switcher has the keyboard").isTrue();
        robot.type(KeyCode.A, KeyCode.N, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(SwitcherModel.Row::name).containsExactly("Ana Petrova");
        Shots.save(robot, switcher.stage().getScene(), "switcher-filtered");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.context().session().clientId() == ana.id());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(switcher.stage().isShowing()).isFalse();
        assertThat(clientButton()).contains("Ana Petrova");
        assertThat(running.context().settings().recentClientsProperty().get()).startsWith(ana.id(), jorge.id());

        // Ctrl+K, Enter goes back to the previous client; Esc closes without switching.
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.context().session().clientId() == jorge.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clientButton()).contains("Jorge Ortiz");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        SwitcherView again = running.app().mainWindow().switcher();
        assertThat(again.stage().isShowing()).isTrue();
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.stage().isShowing()).isFalse();
        assertThat(running.context().session().clientId()).isEqualTo(jorge.id());
    }

    @Test
    void inPrivacyModeTheSwitcherShowsInitialsAndNoName() throws Exception {
        Path db = coachDatabase();
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\ntheme=dark\n");
        running = RunningApp.start(db);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running.app().mainWindow().privacy()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        SwitcherView switcher = running.app().mainWindow().switcher();
        robot.type(KeyCode.P, KeyCode.R, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(robot, switcher.stage().getScene(), "switcher-privacy-dark");

        List<String> texts = new java.util.ArrayList<>();
        collect(switcher.stage().getScene().getRoot(), texts);
        assertThat(texts).contains("P.S.").noneMatch(text -> text.contains("Priya") || text.contains("Shah")
                || text.contains("Jorge") || text.contains("Ana "));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.context().session().clientId() == priya.id());
    }

    /** Every text a node shows: labels, cells, and what it says to a screen reader. */
    private static void collect(javafx.scene.Parent parent, List<String> texts) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
                texts.add(labeled.getText());
            }
            if (child instanceof javafx.scene.text.Text text && text.getText() != null) {
                texts.add(text.getText());
            }
            if (child.getAccessibleText() != null) {
                texts.add(child.getAccessibleText());
            }
            if (child instanceof javafx.scene.Parent inner) {
                collect(inner, texts);
            }
        }
    }

    @Test
    void aRowsFactsWrapWithinTheListAtTheNormalAndDoubleTextSize() throws Exception {
        Path db = coachDatabase();
        try (Services services = Services.open(db)) {
            // Two offers and a deadline make the longest facts line a client has.
            LocalDate deadline = LocalDate.now().plusDays(18);
            for (String company : List.of("Megacorp Compute", "Lattice AI")) {
                services.offers().add(ana.id(), new Offer(company, "", null, null, null, deadline,
                        OfferStatus.RECEIVED, null, "", false, 200_000, BigDecimal.ZERO, TargetBonus.NONE, List.of(),
                        Clawback.NONE, 0, null, List.of(), null, 0, null));
            }
        }
        Files.writeString(folder.resolve("settings.properties"),
                "coach.mode=true\nclients.recent=" + jorge.id() + "," + priya.id() + "\n");
        running = RunningApp.start(db);

        for (double scale : List.of(1.0, 2.0)) {
            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            SwitcherView switcher = running.app().mainWindow().switcher();
            javafx.scene.Parent root = switcher.stage().getScene().getRoot();
            robot.interact(() -> {
                root.setStyle("-fx-font-size: " + javafx.scene.text.Font.getDefault().getSize() * scale + "px;");
                switcher.stage().sizeToScene();
            });
            robot.type(KeyCode.A, KeyCode.N, KeyCode.A);
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            ListView<SwitcherModel.Row> list = (ListView<SwitcherModel.Row>) root.lookup("#switcher-list");
            assertThat(list.getItems()).extracting(SwitcherModel.Row::facts).singleElement().asString()
                    .contains("next deadline " + Dates.format(LocalDate.now().plusDays(18)));

            assertThat(list.lookupAll(".scroll-bar")).as("no sideways scroll bar at " + scale)
                    .filteredOn(bar -> ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL)
                    .noneMatch(Node::isVisible);
            Label facts = (Label) list.lookup(".switcher-facts");
            Bounds inList = list.sceneToLocal(facts.localToScene(facts.getLayoutBounds()));
            assertThat(inList.getMaxX()).as("facts end inside the list at " + scale).isLessThanOrEqualTo(list.getWidth());
            Text shown = (Text) facts.lookup(".text");
            assertThat(shown.getText()).as("facts shown whole at " + scale).isEqualTo(facts.getText());
            assertThat(shown.getLayoutBounds().getHeight()).as("facts wrap onto more lines at " + scale)
                    .isGreaterThan(new Text("X").getLayoutBounds().getHeight() * scale * 1.5);
            assertThat(facts.getHeight()).as("every line of the facts shown at " + scale)
                    .isGreaterThanOrEqualTo(shown.getLayoutBounds().getHeight() - 0.5);
            Shots.save(robot, switcher.stage().getScene(), "switcher-wrapped-" + (int) (scale * 100));
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theClientButtonShowsTheWholeNameOnTwoLinesAndInItsTooltipInitialsInPrivacy() throws Exception {
        Path db = coachDatabase();
        Files.writeString(folder.resolve("settings.properties"),
                "coach.mode=true\nclients.recent=" + priya.id() + "\n");
        running = RunningApp.start(db);
        Button button = robot.lookup(".client-button").queryButton();

        for (double scale : List.of(1.0, 2.0)) {
            robot.interact(() -> running.stage().getScene().getRoot()
                    .setStyle("-fx-font-size: " + javafx.scene.text.Font.getDefault().getSize() * scale + "px;"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(button.getText()).isEqualTo("Client: Priya Shah");
            Text shown = (Text) button.lookup(".text");
            assertThat(shown.getText()).as("the whole name at " + scale).isEqualTo(button.getText());
            assertThat(button.getHeight()).as("every line shown at " + scale)
                    .isGreaterThanOrEqualTo(shown.getLayoutBounds().getHeight());
            assertThat(button.getTooltip().getText()).as("tooltip at " + scale).startsWith("Client: Priya Shah\n");
        }
        Shots.save(robot, running.stage().getScene(), "client-button-200");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button.getText()).isEqualTo("Client: P.S.");
        assertThat(button.getTooltip().getText()).startsWith("Client: P.S.\n").doesNotContain("Priya", "Shah");
    }

    @Test
    void whenTheLastClientIsGoneTheAppOpensOnTheOneShownBeforeIt() throws Exception {
        Path db = coachDatabase();
        try (Database database = Database.open(db)) {
            new ClientRepository(database, Clock.systemUTC()).delete(jorge.id()).join();
        }
        Files.writeString(folder.resolve("settings.properties"),
                "coach.mode=true\nclients.recent=" + jorge.id() + "," + priya.id() + "\n");
        running = RunningApp.start(db);

        assertThat(running.context().session().clientId()).isEqualTo(priya.id());
        assertThat(running.app().mainWindow().current()).isEqualTo(Screen.MARKET);
        Node button = robot.lookup(".client-button").query();
        assertThat(button.isVisible()).isTrue();
        assertThat(clientButton()).contains("Priya Shah");
    }

    @Test
    void aCoachWithoutRecentClientsOpensOnAClientInUseNotOnTheUnusedMe() throws Exception {
        Path db = coachDatabase();
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(db);

        // The first active client in use, by name.
        assertThat(running.context().session().clientId()).isEqualTo(ana.id());
        assertThat(running.app().mainWindow().current()).isEqualTo(Screen.MARKET);
    }
}
