package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.testing.ScriptedDialogs;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Theme;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Import from the Clients screen: a file with bad rows shows the problem table; a good one lands whole. */
class DataExchangeFxTest extends FxTestBase {

    @Test
    void badRowsAreListedInATableAndNothingIsImportedThenAGoodFileImports() throws Exception {
        Path db = folder.resolve("exchange.db");
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "company,base,level\nGood Co,200000,senior\nAcme,abc,staff\n");
        Path good = folder.resolve("good.csv");
        Files.writeString(good, "company,base,level\nGood Co,200000,senior\nBetter Co,240000,senior\n");
        running = RunningApp.start(db);
        robot.clickOn("#nav-clients");
        ClientsController clients = running.app().mainWindow().controller(Screen.CLIENTS, ClientsController.class);
        DataExchangeController exchange = clients.exchange();
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(bad).answer(good).answer(good)
                .answer(DuplicateChoice.SKIP).answer(folder.resolve("export.json"));
        robot.interact(() -> running.context().replaceDialogs(dialogs));

        scrollToBottom();
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !exchange.problemTable().getItems().isEmpty());

        assertThat(exchange.problemTable().getItems()).extracting(ImportProblem::row, ImportProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("row 3", "level"),
                        org.assertj.core.groups.Tuple.tuple("row 3", "base"));
        assertThat(exchange.problemTable().isVisible()).isTrue();
        assertThat(robot.lookup("#problemTitle").queryLabeled().getText()).startsWith("Nothing was imported");
        assertThat(running.context().session().offers()).isEmpty();
        Shots.save(robot, running.stage().getScene(), "import-problems-light");
        robot.interact(() -> running.context().settings().themeProperty().set(Theme.DARK));
        Shots.save(robot, running.stage().getScene(), "import-problems-dark");

        scrollToBottom();
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.context().session().offers().size() == 2);
        assertThat(robot.lookup("#problemBox").query().isVisible()).isFalse();
        assertThat(exchange.status().getText()).startsWith("Imported 2 offers from good.csv");

        scrollToBottom();
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exchange.status().getText().contains("skipped 2"));
        assertThat(dialogs.asked()).filteredOn(question -> question.startsWith("choose")).hasSize(1);
        assertThat(running.context().session().offers()).hasSize(2);

        scrollToBottom();
        robot.clickOn("#exportClientButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exchange.status().getText().startsWith("Exported"));
        assertThat(Files.readString(folder.resolve("export.json"))).contains("Better Co")
                .contains("\"format\" : \"counteroffer.export/2\"");
        assertThat(dialogs.allAnswered()).isTrue();
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder.resolve("export.json"))))
                    .as("an export is readable by its owner only").isEqualTo("rw-------");
        }
    }

    /** The export and import buttons sit below the report section; scroll the screen so they can be clicked. */
    private void scrollToBottom() {
        robot.interact(() -> {
            javafx.scene.Node node = robot.lookup("#importButton").query();
            while (node != null && !(node instanceof javafx.scene.control.ScrollPane)) {
                node = node.getParent();
            }
            ((javafx.scene.control.ScrollPane) node).setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
