package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.testing.ScriptedDialogs;
import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.domain.client.Client;
import com.counteroffer.store.Database;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.store.ProfileRepository;
import com.counteroffer.ui.market.BandChart;
import com.counteroffer.ui.market.BandChartData;
import com.counteroffer.ui.negotiate.NegotiateController;
import com.counteroffer.ui.offers.OffersController;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Two clients on one laptop: switching shows only one client's data; privacy and presentation modes. */
class CoachFxTest extends FxTestBase {

    private static final Pattern AMOUNT = Pattern.compile("\\$\\d");

    @Test
    void switchingPrivacyAndPresentation() throws Exception {
        Path db = folder.resolve("coach.db");
        Client grace;
        try (Database database = Database.open(db)) {
            ClientRepository clients = new ClientRepository(database, Clock.systemUTC());
            clients.rename(1, "Ada Example").join();
            grace = clients.add("Grace Example").join();
            ProfileRepository profiles = new ProfileRepository(database, Clock.systemUTC());
            profiles.save(1, profile(260_000L)).join();
            profiles.save(grace.id(), profile(150_000L)).join();
            OfferRepository offers = new OfferRepository(database, Clock.systemUTC());
            offers.add(1, sample("sample-bigtech-amazon")).join();
            offers.add(grace.id(), sample("sample-ai-startup")).join();
        }
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(db);

        // Ada first: her offer on the market chart.
        assertThat(markerLabels()).contains("Northwind Cloud").doesNotContain("Lattice AI");

        Client target = grace;
        robot.interact(() -> running.context().session().switchTo(target, error -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.context().session().clientId() == target.id());
        WaitForAsyncUtils.waitForFxEvents();

        // Every screen now shows Grace's data only.
        assertThat(markerLabels()).contains("Lattice AI").doesNotContain("Northwind Cloud");
        robot.clickOn("#nav-profile");
        assertThat(robot.lookup("#baseField").queryAs(TextField.class).getText()).isEqualTo("$150,000");
        robot.clickOn("#nav-offers");
        OffersController offers = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 1);
        assertThat(offers.table().getItems()).extracting(row -> row.offer().company()).containsExactly("Lattice AI");
        robot.clickOn("#nav-compare");
        assertThat(robot.lookup(".check-box").queryAll()).extracting(node -> ((Labeled) node).getText())
                .noneMatch(text -> text.contains("Northwind"));
        robot.clickOn("#nav-negotiate");
        NegotiateController negotiate = running.app().mainWindow().controller(Screen.NEGOTIATE, NegotiateController.class);
        ComboBox<?> offerBox = robot.lookup("#offerBox").queryComboBox();
        assertThat(offerBox.getItems()).hasSize(1);
        assertThat(negotiate).isNotNull();
        robot.clickOn("#nav-clients");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notesTitle").queryLabeled().getText()).contains("Grace Example");

        // A session note, and the PDF report written in the background for the current client.
        ClientsController clientsScreen = running.app().mainWindow().controller(Screen.CLIENTS, ClientsController.class);
        robot.interact(() -> robot.lookup("#noteArea").queryAs(javafx.scene.control.TextArea.class)
                .setText("Grace wants to stay remote"));
        robot.interact(() -> com.counteroffer.ui.common.ScrollIntoView.show(robot.lookup("#addNoteButton").query()));
        robot.clickOn("#addNoteButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clientsScreen.notes().model().notes().size() == 1);
        Path pdf = folder.resolve("grace.pdf");
        robot.interact(() -> running.context().replaceDialogs(new ScriptedDialogs().answer(pdf)));
        robot.interact(() -> robot.lookup("#reportButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf)
                && robot.lookup("#reportStatus").queryLabeled().getText().startsWith("Saved"));
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        // Privacy: no amount and no client name anywhere on screen.
        robot.clickOn("#nav-offers");
        assertThat(visibleTexts()).anyMatch(text -> AMOUNT.matcher(text).find());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> running.stage().getScene().getRoot().requestLayout());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running.app().mainWindow().privacy()).isTrue();
        assertThat(visibleTexts()).noneMatch(text -> AMOUNT.matcher(text).find())
                .noneMatch(text -> text.contains("Grace Example"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleTexts()).anyMatch(text -> AMOUNT.matcher(text).find());

        // Presentation: larger type, only the presented screens.
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = (Parent) running.app().mainWindow().root();
        assertThat(root.getStyleClass()).contains("presentation");
        assertThat(robot.lookup("#nav-profile").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-clients").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-compare").query().isVisible()).isTrue();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getStyleClass()).doesNotContain("presentation");
        assertThat(robot.lookup("#nav-profile").query().isVisible()).isTrue();
    }

    private List<String> markerLabels() {
        robot.clickOn("#nav-market");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#chart").queryAs(BandChart.class).markers().stream().map(BandChartData.Marker::label).toList();
    }

    private List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        collect(running.stage().getScene().getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        } else if (node instanceof Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static Profile profile(long base) {
        return new Profile(Level.SENIOR, 8, List.of(), "seattle", null, null, null, Set.of(), base, 10_000L, 20_000L,
                null, null);
    }

    private static com.counteroffer.domain.offer.Offer sample(String name) throws Exception {
        return OfferJson.read(Files.readString(Path.of("assets/sample-offers/" + name + ".json")), name);
    }
}
