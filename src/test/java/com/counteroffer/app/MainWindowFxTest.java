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
