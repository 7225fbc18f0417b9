package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.client.SessionNote;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The session notes in the real window: a long note shown whole, edited by keyboard, deleted and undone, pinned. */
class NotesFxTest extends FxTestBase {

    private static final String LONG_NOTE = "Assumptions tried: Stock growth +12 %/yr; horizon 4 years; leave at month "
            + "off; AI infrastructure premium ×1.15; Bay Area location ×1.2; the client wants the refresh policy in "
            + "writing before the call on Friday, and the walk-away is the current job plus ten percent. END-OF-NOTE";

    @Test
    void aLongNoteIsShownWholeAndIsEditedDeletedUndoneAndPinned() throws Exception {
        Path db = folder.resolve("notes.db");
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(db);
        Client jorge = running.context().services().clients().add("Jorge Ortiz");
        robot.interact(() -> running.context().session().switchTo(jorge, error -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.context().session().clientId() == jorge.id());
        robot.clickOn("#nav-clients");
        NotesController notes = running.app().mainWindow().controller(Screen.CLIENTS, ClientsController.class).notes();

        // Typed and added with Ctrl+Enter from the note box.
        TextArea area = robot.lookup("#noteArea").queryAs(TextArea.class);
        robot.interact(() -> {
            area.setText(LONG_NOTE);
            area.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        SessionNote note = notes.model().notes().get(0);

        Label shown = noteText(notes);
        assertThat(shown.getText()).isEqualTo(LONG_NOTE);
        assertThat(drawnText(shown)).as("the text drawn, not cut with an ellipsis").isEqualTo(LONG_NOTE);
        assertThat(shown.getHeight()).as("tall enough for every wrapped line")
                .isGreaterThanOrEqualTo(shown.prefHeight(shown.getWidth()) - 0.5);
        assertThat(headings(notes)).containsExactly(notes.model().sections().get(0).heading());
        robot.interact(() -> com.counteroffer.ui.common.ScrollIntoView.show(notes.noteBox()));
        Shots.save(robot, running.stage().getScene(), "notes-long");

        // Edited in place: Edit, type, Ctrl+Enter saves.
        robot.interact(() -> button(notes, "Edit").fire());
        WaitForAsyncUtils.waitForFxEvents();
        TextArea editor = (TextArea) notes.noteBox().lookup(".note-editor");
        assertThat(editor.getText()).isEqualTo(LONG_NOTE);
        robot.interact(() -> {
            editor.setText("Walk-away: current job plus 10 %.");
            editor.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> notes.model().notes().get(0).text().equals("Walk-away: current job plus 10 %."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.noteBox().lookup(".note-editor")).as("the editor closed").isNull();
        assertThat(notes.model().notes().get(0).id()).isEqualTo(note.id());

        // Deleted, then back with Undo: the same note.
        robot.interact(() -> button(notes, "Delete").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#noteUndoLabel").queryLabeled().getText()).startsWith("Deleted the note of");
        assertThat(robot.lookup("#undoNoteButton").queryButton().isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#undoNoteButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().size() == 1);
        assertThat(notes.model().notes().get(0).id()).isEqualTo(note.id());
        assertThat(notes.model().notes().get(0).writtenAt()).isEqualTo(note.writtenAt());

        // Pinned: under the Pinned heading, marked.
        robot.interact(() -> button(notes, "Pin").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().get(0).pinned());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headings(notes)).containsExactly("Pinned");
        assertThat(notes.noteBox().lookup(".note-pin-mark")).isNotNull();
        assertThat(button(notes, "Unpin")).isNotNull();
        robot.interact(() -> com.counteroffer.ui.common.ScrollIntoView.show(notes.noteBox()));
        Shots.save(robot, running.stage().getScene(), "notes-pinned");

        // Deleted again, and back with Ctrl+Z from the keyboard (focus on the Undo button).
        robot.interact(() -> button(notes, "Delete").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().isEmpty());
        robot.interact(() -> robot.lookup("#undoNoteButton").queryButton().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().size() == 1);
        assertThat(notes.model().notes().get(0).pinned()).isTrue();
    }

    private static Label noteText(NotesController notes) {
        return (Label) notes.noteBox().lookup(".note-text");
    }

    /** What the label's skin draws (an ellipsis when the text is cut). */
    private static String drawnText(Label label) {
        StringBuilder drawn = new StringBuilder();
        for (Node node : label.lookupAll(".text")) {
            if (node instanceof Text text && text.getParent() == label) {
                drawn.append(text.getText());
            }
        }
        return drawn.toString().replace("\n", " ").replaceAll(" +", " ").strip();
    }

    private static List<String> headings(NotesController notes) {
        return notes.noteBox().lookupAll(".note-session-title").stream().map(node -> ((Label) node).getText()).toList();
    }

    private static Button button(NotesController notes, String text) {
        VBox box = notes.noteBox();
        return box.lookupAll(".button").stream().map(node -> (Button) node).filter(b -> b.getText().equals(text))
                .findFirst().orElse(null);
    }

    /** Homework typed and added with Enter, overdue shown across clients; Enter on it shows that client. */
    @Test
    void actionItemsAreAddedByKeyboardAndAnOverdueOneOpensItsClient() throws Exception {
        Path db = folder.resolve("items.db");
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(db);
        var services = running.context().services();
        Client jorge = services.clients().add("Jorge Ortiz");
        Client priya = services.clients().add("Priya Shah");
        services.actionItems().add(priya.id(), "Send the counter email to Lattice AI",
                java.time.LocalDate.now(services.clock()).minusDays(3));
        robot.interact(() -> running.context().session().switchTo(jorge, error -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.context().session().clientId() == jorge.id());
        robot.clickOn("#nav-clients");
        ClientsController clients = running.app().mainWindow().controller(Screen.CLIENTS, ClientsController.class);
        ActionItemsController items = clients.notes().actionItems();

        javafx.scene.control.TextField text = robot.lookup("#newItemField").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField due = robot.lookup("#newDueField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            com.counteroffer.ui.common.ScrollIntoView.show(text);
            text.setText("Ask the recruiter for the refresh policy");
            due.setText("not a date");
            due.requestFocus();
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#itemError").queryLabeled().getText()).contains("is not a date");
        robot.interact(() -> {
            due.setText("Dec 31, 2099");
            due.requestFocus();
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items.model().items().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items.itemBox().lookupAll(".check-box")).hasSize(1);
        assertThat(robot.lookup("#itemError").queryLabeled().getText()).isEmpty();
        robot.interact(() -> com.counteroffer.ui.common.ScrollIntoView.show(items.itemBox()));
        Shots.save(robot, running.stage().getScene(), "action-items");

        // Needs attention lists Priya's overdue item; Enter on it shows Priya.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clients.attentionList().getItems().size() == 1);
        robot.interact(() -> {
            com.counteroffer.ui.common.ScrollIntoView.show(clients.attentionList());
            clients.attentionList().requestFocus();
            clients.attentionList().getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(robot, running.stage().getScene(), "needs-attention");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.context().session().clientId() == priya.id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items.model().items().size() == 1
                && items.model().items().get(0).text().startsWith("Send the counter email"));
    }

    @Test
    void needsAttentionShowsUpToSixRowsWholeAtTheNormalAndDoubleTextSize() throws Exception {
        Path db = folder.resolve("attention.db");
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(db);
        var services = running.context().services();
        java.time.LocalDate today = java.time.LocalDate.now(services.clock());
        for (String name : List.of("Ana Petrova", "Jorge Ortiz", "Priya Shah")) {
            Client client = services.clients().add(name);
            services.actionItems().add(client.id(), "Ask for the decision date", today.minusDays(2));
        }
        robot.interact(() -> running.app().mainWindow().show(Screen.CLIENTS));
        ClientsController clients = running.app().mainWindow().controller(Screen.CLIENTS, ClientsController.class);
        var list = clients.attentionList();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 3);

        for (double scale : List.of(1.0, 2.0)) {
            robot.interact(() -> running.stage().getScene().getRoot()
                    .setStyle("-fx-font-size: " + javafx.scene.text.Font.getDefault().getSize() * scale + "px;"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(wholeRows(list)).as("every row whole at " + scale).isEqualTo(3);
        }
        Shots.save(robot, running.stage().getScene(), "needs-attention-200");

        // More than six: six shown whole, the rest a scroll away.
        Client many = services.clients().add("Marcus King");
        for (int day = 3; day < 8; day++) {
            services.actionItems().add(many.id(), "Item " + day, today.minusDays(day));
        }
        robot.interact(() -> running.app().mainWindow().show(Screen.MARKET));
        robot.interact(() -> running.app().mainWindow().show(Screen.CLIENTS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wholeRows(list)).as("six rows whole at 2.0").isEqualTo(6);
    }

    /** How many filled rows the list shows from top to bottom, none cut by its edge. */
    private static int wholeRows(javafx.scene.control.ListView<?> list) {
        double bottom = list.getHeight() - list.snappedBottomInset();
        int whole = 0;
        for (Node node : list.lookupAll(".list-cell")) {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) node;
            if (cell.isVisible() && !cell.isEmpty()) {
                javafx.geometry.Bounds in = list.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
                if (in.getMinY() >= 0 && in.getMaxY() <= bottom + 0.5) {
                    whole++;
                }
            }
        }
        return whole;
    }
}
