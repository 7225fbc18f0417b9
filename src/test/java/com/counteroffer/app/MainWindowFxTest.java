package com.counteroffer.app;

import com.counteroffer.cli.StartupOptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on a temporary database, headless, and drives the window. */
@Tag("window")
class MainWindowFxTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Session session;
    private CounterofferApp app;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        close();
    }

    @Test
    void opensTitledCounterofferOnTheChosenDatabase() throws Exception {
        Path db = folder.resolve("window.db");
        start(db);

        assertThat(stage.getTitle()).isEqualTo("Counteroffer");
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#nav-welcome").queryAs(ToggleButton.class).isSelected())
                .as("an empty store opens on the welcome").isTrue();
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#databasePath").queryAs(Label.class).getText()).isEqualTo(db.toString());
        assertThat(db).exists();
    }

    @Test
    void switchesTheThemeFromTheWindowAndRemembersIt() throws Exception {
        Path db = folder.resolve("theme.db");
        start(db);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");

        robot.clickOn("#darkThemeToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
        Path settingsFile = folder.resolve("settings.properties");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(settingsFile) && Files.readString(settingsFile).contains("theme=dark"));

        close();
        Application.setUserAgentStylesheet(null);
        start(db);

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(robot.lookup("#darkThemeToggle").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theKeyboardShortcutTogglesTheThemeToo() throws Exception {
        start(folder.resolve("keys.db"));
        String before = Application.getUserAgentStylesheet();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isNotEqualTo(before);
    }

    /** Found in use: with the Clients item hidden, Ctrl+7 opened Clients and Ctrl+8 the seventh item. */
    @Test
    void ctrlAndANumberOpensTheItemShownAtThatPlaceAndFocusLandsInTheScreen() throws Exception {
        start(folder.resolve("numbers.db"));
        java.util.List<javafx.scene.Node> shown = robot.lookup(".nav-button").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).filter(node -> node.getId().startsWith("nav-")).toList();
        assertThat(shown).extracting(javafx.scene.Node::getId).doesNotContain("nav-clients");
        for (int place = 1; place <= shown.size(); place++) {
            KeyCode digit = KeyCode.getKeyCode(Integer.toString(place));
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            String expected = shown.get(place - 1).getId();
            assertThat(app.mainWindow().current().name().toLowerCase(java.util.Locale.ROOT))
                    .as("Ctrl+" + place).isEqualTo(expected.substring("nav-".length()));
            assertThat(((ToggleButton) shown.get(place - 1)).getTooltip().getText()).contains(Integer.toString(place));
        }
        // The keyboard lands in the screen just opened, so its own shortcuts (Ctrl+N on Offers) work at once.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getStyleClass()).doesNotContain("nav-button");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#companyField").tryQuery()).as("Ctrl+N opened the offer editor").isPresent();
    }

    @Test
    void aSavedRowThatCannotBeReadIsNamedAboveEveryScreenAndTheRestShows() throws Exception {
        Path db = folder.resolve("unreadable.db");
        try (com.counteroffer.service.Services services = com.counteroffer.service.Services.open(db)) {
            services.offers().add(1, com.counteroffer.testing.Samples.bigTech());
            services.offers().add(1, com.counteroffer.domain.offer.Offer.basic("Contoso Robotics", 180_000));
        }
        com.counteroffer.testing.BadRows.execute(db,
                "UPDATE offer SET document = json_set(document, '$.base', -5) WHERE id = 2");
        start(db);

        Label notice = robot.lookup(".unreadable-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("1 offer could not be read (offer 2: base:")
                .endsWith("It is kept as it is; restore a backup or export what is readable.");
        robot.clickOn("#nav-offers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".unreadable-notice").queryAs(Label.class).isVisible()).as("above every screen")
                .isTrue();
        assertThat(robot.lookup("Northwind Cloud").tryQuery()).isPresent();
    }

    private void start(Path db) throws Exception {
        PrintWriter sink = new PrintWriter(new StringWriter());
        session = Session.begin(new StartupOptions(db, false, sink, sink));
        app = (CounterofferApp) FxToolkit.setupApplication(() -> new CounterofferApp(session));
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.failure()).isNull();
    }

    private void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
