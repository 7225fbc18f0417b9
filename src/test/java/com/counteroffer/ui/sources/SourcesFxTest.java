package com.counteroffer.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.testing.ScriptedDialogs;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A coach replaces the market dataset: a bad file changes nothing and lists its problems; a good one is kept. */
class SourcesFxTest extends FxTestBase {

    @Test
    void listsTheSourcesAndReplacesTheDatasetOnlyWithAValidFile() throws Exception {
        Path db = folder.resolve("sources.db");
        String builtIn;
        try (InputStream in = getClass().getResourceAsStream("/com/counteroffer/data/market-2026.json")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, builtIn.replaceFirst("\"min\"\\s*:\\s*110000", "\"min\": \"lots\""));
        Path good = folder.resolve("coach.json");
        Files.writeString(good, builtIn.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Coach dataset\""));

        running = RunningApp.start(db);
        running.app().mainWindow();
        robot.clickOn("#nav-sources");
        WaitForAsyncUtils.waitForFxEvents();
        String originalName = label("#datasetName");
        assertThat(label("#sourceCount")).contains("sources cited");
        assertThat(robot.lookup(".source-card").queryAll()).hasSizeGreaterThanOrEqualTo(9);

        robot.interact(() -> running.context().replaceDialogs(new ScriptedDialogs().answer(bad)));
        robot.clickOn("#loadButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#problemBox").queryAs(VBox.class).getChildren().isEmpty());
        String problems = robot.lookup("#problemBox").queryAs(VBox.class).getChildrenUnmodifiable().stream()
                .map(node -> ((Label) node).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(problems).contains("bad.json was not loaded").contains("levels[0].min");
        assertThat(label("#datasetName")).isEqualTo(originalName);

        robot.interact(() -> running.context().replaceDialogs(new ScriptedDialogs().answer(good)));
        robot.clickOn("#loadButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("#datasetName").equals("Coach dataset"));
        assertThat(label("#datasetOrigin")).contains("Loaded from").contains("coach.json");

        running.close();
        running = RunningApp.start(db);
        robot.clickOn("#nav-sources");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#datasetName")).isEqualTo("Coach dataset");

        robot.clickOn("#builtInButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("#datasetName").equals(originalName));
        assertThat(label("#datasetOrigin")).startsWith("Built in");
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
