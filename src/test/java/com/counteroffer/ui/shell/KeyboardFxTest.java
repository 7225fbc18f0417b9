package com.counteroffer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.client.Client;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.ScriptedDialogs;
import com.counteroffer.ui.clients.ClientsController;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.offers.OffersController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window by keyboard: the sidebar, Ctrl+1…9, Ctrl+Q, Ctrl+N and Ctrl+Z, and the undo banner. */
class KeyboardFxTest extends FxTestBase {

    @Test
    void arrowsWalkTheSidebarRoundAndEnterOpensTheEntry() throws Exception {
        running = RunningApp.start(folder.resolve("arrows.db"));
        MainWindowController window = running.app().mainWindow();
        robot.interact(() -> nav("welcome").requestFocus());

        key(KeyCode.DOWN);
        assertThat(nav("profile").isFocused()).isTrue();
        key(KeyCode.UP);
        key(KeyCode.UP);
        // The client entry and the coach switches are hidden outside coach mode: up from the first
        // screen is the theme switch at the bottom.
        assertThat(robot.lookup("#darkThemeToggle").query().isFocused()).as("round from the top").isTrue();
        key(KeyCode.DOWN);
        assertThat(nav("welcome").isFocused()).as("and from the bottom to the top").isTrue();
        key(KeyCode.UP);
        key(KeyCode.UP);
        key(KeyCode.UP);
        assertThat(nav("sources").isFocused()).isTrue();

        key(KeyCode.ENTER);
        assertThat(window.current()).isEqualTo(Screen.SOURCES);
        assertOnlyHighlighted("sources");
    }

    @Test
    void theHighlightedEntryIsTheScreenShownHoweverItWasOpened() throws Exception {
        running = RunningApp.start(folder.resolve("highlight.db"));
        MainWindowController window = running.app().mainWindow();

        robot.interact(() -> running.context().ui().navigator().show(Screen.SOURCES)); // a link in a screen
        assertThat(window.current()).isEqualTo(Screen.SOURCES);
        assertOnlyHighlighted("sources");
        shortcut(KeyCode.DIGIT3);
        assertOnlyHighlighted("market");
        robot.clickOn("#nav-offers");
        WaitForAsyncUtils.waitForFxEvents();
        assertOnlyHighlighted("offers");
        robot.clickOn("#nav-offers"); // again: stays chosen
        WaitForAsyncUtils.waitForFxEvents();
        assertOnlyHighlighted("offers");
    }

    /** Found in use: Ctrl+7 opened Clients with coach mode off. A hidden screen never opens, by key or by link. */
    @Test
    void ctrlNumbersFollowTheSidebarAndNeverOpenAHiddenScreen() throws Exception {
        running = RunningApp.start(folder.resolve("numbers.db"));
        MainWindowController window = running.app().mainWindow();
        List<String> order = List.of("welcome", "profile", "market", "offers", "compare", "negotiate", "sources",
                "settings");
        for (int place = 1; place <= 9; place++) {
            shortcut(KeyCode.getKeyCode(Integer.toString(place)));
            String expected = order.get(Math.min(place, order.size()) - 1); // Ctrl+9: nothing, Settings stays
            assertThat(window.current().name().toLowerCase(Locale.ROOT)).as("Ctrl+" + place).isEqualTo(expected);
            assertOnlyHighlighted(expected);
        }
        robot.interact(() -> running.context().ui().navigator().show(Screen.CLIENTS));
        assertThat(window.current()).as("Clients is hidden outside coach mode").isEqualTo(Screen.SETTINGS);
        assertOnlyHighlighted("settings");

        robot.interact(() -> running.context().settings().coachModeProperty().set(true));
        shortcut(KeyCode.DIGIT7);
        assertThat(window.current()).as("coach mode: Clients is the seventh").isEqualTo(Screen.CLIENTS);
        shortcut(KeyCode.DIGIT9);
        assertThat(window.current()).isEqualTo(Screen.SETTINGS);
    }

    @Test
    void ctrlQAsksAboutUnsavedChangesLikeTheCloseButton() throws Exception {
        running = RunningApp.start(folder.resolve("quit.db"));
        robot.interact(() -> Platform.setImplicitExit(false)); // the test's toolkit outlives the window
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(Dialogs.Unsaved.STAY).answer(Dialogs.Unsaved.DISCARD);
        robot.interact(() -> running.context().replaceDialogs(dialogs));
        shortcut(KeyCode.DIGIT4);
        shortcut(KeyCode.N);
        // Found in use: the new offer's first field did not have the keyboard, typing went nowhere.
        robot.write("Contoso Robotics");
        assertThat(robot.lookup("#companyField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Contoso Robotics");

        shortcut(KeyCode.Q);
        // Found in use: the question said "before you leave this screen" when the app was quitting.
        assertThat(dialogs.asked()).hasSize(1)
                .allMatch(question -> question.startsWith("unsaved:") && question.endsWith("(quitting)"));
        assertThat(running.stage().isShowing()).as("Stay keeps the window open").isTrue();

        shortcut(KeyCode.Q);
        assertThat(dialogs.asked()).hasSize(2);
        assertThat(running.stage().isShowing()).as("Discard lets it close").isFalse();
    }

    @Test
    void ctrlNAndCtrlZWorkRightAfterSwitchingScreensAndAfterADelete() throws Exception {
        Path db = folder.resolve("undo.db");
        Client ana;
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            ana = services.clients().add("Ana Petrova");
        }
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\nclients.recent=1\n");
        running = RunningApp.start(db);
        MainWindowController window = running.app().mainWindow();

        // Clients: the keyboard lands on a control that does not keep Ctrl+Z for its own typing.
        shortcut(KeyCode.DIGIT7);
        assertThat(window.current()).isEqualTo(Screen.CLIENTS);
        assertNotInATextBox();
        ClientsController clients = window.controller(Screen.CLIENTS, ClientsController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clients.model().rows().stream()
                .anyMatch(row -> row.client().id() == ana.id()));
        ScriptedDialogs confirm = new ScriptedDialogs().answer(true);
        robot.interact(() -> running.context().replaceDialogs(confirm));
        robot.interact(() -> clients.model().selectedProperty().set(clients.model().rows().stream()
                .filter(row -> row.client().id() == ana.id()).findFirst().orElseThrow().client()));
        javafx.scene.control.Button delete = robot.lookup("#deleteButton").queryAs(javafx.scene.control.Button.class);
        robot.interact(() -> delete.getParent().requestLayout());
        robot.clickOn(delete);
        running.settle();
        assertThat(confirm.asked()).as("asked").hasSize(1);
        assertThat(clients.model().errorProperty().get()).isEmpty();
        assertThat(clients.model().undoTextProperty().get()).isNotEmpty();
        assertThat(listed("Ana Petrova")).isFalse();
        shortcut(KeyCode.Z);
        running.settle();
        assertThat(listed("Ana Petrova")).as("Ctrl+Z right after the delete").isTrue();
        assertThat(clients.model().undoTextProperty().get()).isEmpty();

        // Offers: Ctrl+N at once after the switch; after a delete Ctrl+Z, also from the untouched search box.
        shortcut(KeyCode.DIGIT4);
        assertNotInATextBox();
        OffersController offers = window.controller(Screen.OFFERS, OffersController.class);
        running.settle();
        assertThat(offers.table().getItems()).hasSize(2);
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        robot.clickOn("#deleteButton");
        running.settle();
        assertThat(offers.table().getItems()).hasSize(1);
        shortcut(KeyCode.Z);
        running.settle();
        assertThat(offers.table().getItems()).as("Ctrl+Z after the delete").hasSize(2);

        robot.interact(() -> offers.table().getSelectionModel().select(0));
        robot.clickOn("#deleteButton");
        running.settle();
        robot.clickOn("#searchField");
        shortcut(KeyCode.Z);
        running.settle();
        assertThat(offers.table().getItems()).as("Ctrl+Z from the search box with the banner shown").hasSize(2);

        robot.interact(() -> offers.table().getSelectionModel().select(0));
        robot.clickOn("#deleteButton");
        running.settle();
        shortcut(KeyCode.N);
        assertThat(robot.lookup("#companyField").tryQuery()).as("Ctrl+N right after a delete").isPresent();
        robot.interact(() -> offers.model().closeEditor());

        shortcut(KeyCode.DIGIT3);
        shortcut(KeyCode.DIGIT4);
        shortcut(KeyCode.N);
        assertThat(robot.lookup("#companyField").query().isVisible()).as("Ctrl+N right after switching").isTrue();
    }

    @Test
    void theUndoBannerGoesAfterAWhileAndOnTheNextAction() throws Exception {
        Path db = folder.resolve("banner.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Samples.currentJob());
        }
        running = RunningApp.start(db);
        MainWindowController window = running.app().mainWindow();
        shortcut(KeyCode.DIGIT4);
        OffersController offers = window.controller(Screen.OFFERS, OffersController.class);
        running.settle();
        Node banner = robot.lookup(".undo-bar").query();

        robot.interact(() -> running.context().settings().undoWindowProperty().set(Duration.millis(1500)));
        deleteFirst(offers);
        assertThat(banner.isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !banner.isVisible());
        shortcut(KeyCode.Z);
        running.settle();
        assertThat(offers.table().getItems()).as("gone: nothing left to undo").hasSize(2);

        robot.interact(() -> running.context().settings().undoWindowProperty().set(Duration.seconds(60)));
        deleteFirst(offers);
        assertThat(banner.isVisible()).isTrue();
        shortcut(KeyCode.N); // the next action
        assertThat(banner.isVisible()).as("a new offer started").isFalse();
        key(KeyCode.ESCAPE);
        robot.interact(() -> offers.model().closeEditor());

        deleteFirst(offers);
        assertThat(banner.isVisible()).isTrue();
        shortcut(KeyCode.DIGIT3);
        assertThat(offers.model().undoTextProperty().get()).as("another screen shown").isEmpty();
    }

    /**
     * Review finding 12: any other action on the screen (here ones no controller ended the banner for by
     * hand: Duplicate, the archived tick, Pin) ends the banner, on Offers, Clients and Notes; its own Undo does not.
     */
    @Test
    void anyOtherActionOnTheScreenEndsTheBanner() throws Exception {
        Path db = folder.resolve("actions.db");
        Client ana;
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            ana = services.clients().add("Ana Petrova");
            services.clients().add("Ben Okafor");
        }
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\nclients.recent=1\n");
        running = RunningApp.start(db);
        MainWindowController window = running.app().mainWindow();
        robot.interact(() -> running.context().settings().undoWindowProperty().set(Duration.seconds(60)));

        shortcut(KeyCode.DIGIT4);
        OffersController offers = window.controller(Screen.OFFERS, OffersController.class);
        running.settle();
        deleteFirst(offers);
        assertThat(offers.model().undoTextProperty().get()).isNotEmpty();
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#duplicateButton").queryButton().fire());
        running.settle();
        assertThat(offers.model().undoTextProperty().get()).as("Offers: Duplicate").isEmpty();
        assertThat(offers.table().getItems()).as("the delete stands, the copy is made").hasSize(2);

        shortcut(KeyCode.DIGIT7);
        ClientsController clients = window.controller(Screen.CLIENTS, ClientsController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clients.model().rows().stream()
                .anyMatch(row -> row.client().id() == ana.id()));
        robot.interact(() -> running.context().replaceDialogs(new ScriptedDialogs().answer(true)));
        robot.interact(() -> clients.model().selectedProperty().set(clients.model().rows().stream()
                .filter(row -> row.client().id() == ana.id()).findFirst().orElseThrow().client()));
        robot.interact(() -> robot.lookup("#deleteButton").queryButton().fire());
        running.settle();
        assertThat(clients.model().undoTextProperty().get()).isNotEmpty();
        robot.interact(() -> ((javafx.scene.control.CheckBox) robot.lookup("#showArchivedBox").query()).fire());
        running.settle();
        assertThat(clients.model().undoTextProperty().get()).as("Clients: the archived tick").isEmpty();

        com.counteroffer.ui.clients.NotesController notes = clients.notes();
        for (String text : List.of("First note", "Second note")) {
            robot.interact(() -> {
                notes.model().draftProperty().set(text);
                robot.lookup("#addNoteButton").queryButton().fire();
            });
            running.settle();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> noteButtons(notes, "Delete").get(0).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.model().undoTextProperty().get()).isNotEmpty();
        robot.interact(() -> noteButtons(notes, "Pin").get(0).fire());
        running.settle();
        assertThat(notes.model().undoTextProperty().get()).as("Notes: Pin").isEmpty();

        robot.interact(() -> noteButtons(notes, "Delete").get(0).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#undoNoteButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.model().notes().size() == 1);
        assertThat(notes.model().undoTextProperty().get()).as("its own Undo brings the note back").isEmpty();
    }

    private static List<javafx.scene.control.Button> noteButtons(com.counteroffer.ui.clients.NotesController notes,
                                                                 String text) {
        return notes.noteBox().lookupAll(".button").stream().map(node -> (javafx.scene.control.Button) node)
                .filter(button -> button.getText().equals(text)).toList();
    }

    /** Found in use: focus was invisible on the sidebar and in lists; a ring shows it in both themes. */
    @Test
    void theFocusedSidebarEntryAndTableRowAreRingedInBothThemes() throws Exception {
        Path db = folder.resolve("rings.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
        }
        running = RunningApp.start(db);
        shortcut(KeyCode.DIGIT4);
        running.settle();
        OffersController offers = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);
        for (com.counteroffer.ui.common.Theme theme : com.counteroffer.ui.common.Theme.values()) {
            robot.interact(() -> running.context().settings().themeProperty().set(theme));
            robot.interact(() -> nav("compare").requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(strokeOf(nav("compare"))).as(theme + ": the focused entry").isNotEqualTo(Color.TRANSPARENT);
            assertThat(strokeOf(nav("market"))).as(theme + ": the others").isEqualTo(Color.TRANSPARENT);

            robot.interact(() -> {
                offers.table().requestFocus();
                offers.table().getSelectionModel().select(0);
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.TableRow<?> row = robot.lookup(".table-row-cell").queryAll().stream()
                    .map(node -> (javafx.scene.control.TableRow<?>) node).filter(r -> r.getIndex() == 0)
                    .findFirst().orElseThrow();
            List<javafx.scene.layout.BackgroundFill> fills = row.getBackground().getFills();
            assertThat(fills.get(0).getFill()).as(theme + ": the row with the keyboard is ringed")
                    .isNotEqualTo(fills.get(fills.size() - 1).getFill());
            assertThat(fills.get(fills.size() - 1).getInsets().getTop()).isGreaterThanOrEqualTo(2);
            com.counteroffer.testing.Shots.save(robot, running.stage().getScene(),
                    "focus-ring-" + theme.name().toLowerCase(Locale.ROOT));
        }
    }

    private static javafx.scene.paint.Paint strokeOf(ToggleButton button) {
        return button.getBorder() == null || button.getBorder().getStrokes().isEmpty() ? Color.TRANSPARENT
                : button.getBorder().getStrokes().get(0).getTopStroke();
    }

    private void deleteFirst(OffersController offers) throws Exception {
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        robot.clickOn("#deleteButton");
        running.settle();
    }

    private boolean listed(String name) {
        return running.context().services().clients().list().stream().anyMatch(client -> client.name().equals(name));
    }

    private void assertNotInATextBox() {
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = running.stage().getScene().getFocusOwner();
        assertThat(focused).isNotNull().isNotInstanceOf(TextInputControl.class);
        assertThat(focused.getStyleClass()).doesNotContain("nav-button");
    }

    private void assertOnlyHighlighted(String name) {
        List<String> selected = robot.lookup(".nav-button").queryAll().stream()
                .filter(node -> node instanceof ToggleButton toggle && toggle.isSelected() && node.getId() != null
                        && node.getId().startsWith("nav-")).map(Node::getId).toList();
        assertThat(selected).containsExactly("nav-" + name);
    }

    private ToggleButton nav(String name) {
        return robot.lookup("#nav-" + name).queryAs(ToggleButton.class);
    }

    private void key(KeyCode code) {
        robot.press(code).release(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(KeyCode code) {
        robot.press(KeyCode.CONTROL, code).release(code, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
