package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's dialogs: styled like the window (its stylesheet, its theme, no stock icon), Enter and Escape as expected. */
class FxDialogsFxTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private FxDialogs dialogs;
    private Dialog<?> open;

    @BeforeEach
    void window() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AppSettings settings = AppSettings.load(new MemorySettings(), Runnable::run);
        settings.themeProperty().set(Theme.DARK);
        robot.interact(() -> {
            Scene scene = new Scene(new StackPane(), 800, 600);
            new ThemeManager(settings).install(scene);
            stage.setScene(scene);
            stage.show();
        });
        dialogs = new FxDialogs(() -> stage, ResourceBundle.getBundle("com.counteroffer.i18n.messages"),
                new StartFolder(new SimpleObjectProperty<>()));
    }

    @AfterEach
    void closeWhatIsOpen() {
        if (open != null) {
            robot.interact(() -> open.close());
        }
        robot.interact(() -> Application.setUserAgentStylesheet(null));
        robot.targetWindow(stage); // the robot's context is shared with the next tests

    }

    @Test
    void unsavedChangesDialogLooksLikeTheWindowAndHasNoQuestionMark() {
        Alert alert = show(() -> dialogs.unsavedAlert("Your offer has changes", null));

        assertThat(alert.getDialogPane().getStylesheets()).contains(ThemeManager.APP_STYLESHEET);
        assertThat(alert.getDialogPane().getStyleClass()).contains("theme-dark", AppDialogs.STYLE_CLASS);
        assertThat(alert.getDialogPane().getGraphic()).as("no stock graphic after CSS").isNull();
        assertThat(alert.getDialogPane().lookupAll(".graphic-container")).allSatisfy(container ->
                assertThat(((javafx.scene.Parent) container).getChildrenUnmodifiable())
                        .noneMatch(child -> child instanceof ImageView));
        assertThat(alert.getOwner()).isSameAs(stage);
    }

    @Test
    void unsavedChangesDialogSaysQuitWhenTheAppIsQuittingAndLeaveOtherwise() {
        Alert leaving = show(() -> dialogs.unsavedAlert("Your offer has changes", null));
        assertThat(((Label) leaving.getDialogPane().getContent()).getText()).contains("leave this screen");
        robot.interact(leaving::close);

        Alert[] quitting = new Alert[1];
        robot.interact(() -> dialogs.whileQuitting(() -> {
            quitting[0] = dialogs.unsavedAlert("Your offer has changes", null);
            return true;
        }));
        assertThat(((Label) quitting[0].getDialogPane().getContent()).getText())
                .contains("before you quit").doesNotContain("screen");

        Alert after = show(() -> dialogs.unsavedAlert("Your offer has changes", null));
        assertThat(((Label) after.getDialogPane().getContent()).getText()).as("only while quitting")
                .contains("leave this screen");
    }

    @Test
    void unsavedChangesDialogSavesOnEnterStaysOnEscapeAndDiscardIsNeverTheCancelButton() {
        Alert alert = show(() -> dialogs.unsavedAlert("Your offer has changes", null));
        Button save = button(alert, ButtonBar.ButtonData.YES);
        Button discard = button(alert, ButtonBar.ButtonData.NO);
        Button stay = button(alert, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertThat(save.isDefaultButton()).isTrue();
        assertThat(discard.isCancelButton()).as("Discard is not what Escape chooses").isFalse();
        assertThat(discard.isDefaultButton()).isFalse();
        assertThat(stay.isCancelButton()).isTrue();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(FxDialogs.unsaved(answerOf(alert))).isEqualTo(Dialogs.Unsaved.STAY);

        Alert again = show(() -> dialogs.unsavedAlert("Your offer has changes", null));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(FxDialogs.unsaved(answerOf(again))).isEqualTo(Dialogs.Unsaved.SAVE);
    }

    @Test
    void confirmationConfirmsOnEnterAndCancelsOnEscape() {
        Alert alert = show(() -> dialogs.confirmAlert("Delete client", "Delete Priya Shah?", "Undo is offered.",
                "Delete"));
        assertThat(alert.getDialogPane().getGraphic()).isNull();
        assertThat(alert.getDialogPane().getStylesheets()).contains(ThemeManager.APP_STYLESHEET);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(answerOf(alert).getButtonData()).isEqualTo(ButtonBar.ButtonData.CANCEL_CLOSE);

        Alert again = show(() -> dialogs.confirmAlert("Delete client", "Delete Priya Shah?", "Undo is offered.",
                "Delete"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(answerOf(again).getButtonData()).isEqualTo(ButtonBar.ButtonData.OK_DONE);
    }

    /** The save-comparison name dialog: plain JavaFX with a big "?" before. */
    @Test
    void textDialogIsStyledAndEnterTakesTheTypedName() {
        TextInputDialog dialog = show(() -> dialogs.textDialog("Save comparison", "Name this comparison", ""));
        assertThat(dialog.getDialogPane().getGraphic()).isNull();
        assertThat(dialog.getDialogPane().getStyleClass()).contains("theme-dark", AppDialogs.STYLE_CLASS);
        com.counteroffer.testing.Shots.save(robot, dialog.getDialogPane().getScene(), "dialog-text-dark");
        assertThat(dialog.getEditor().isFocused()).as("the name field has the keyboard").isTrue();
        robot.write("Spring round");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isEqualTo("Spring round");
    }

    /** A start-up error comes before any window: the app's stylesheet in the light theme, no stock icon. */
    @Test
    void anAlertBeforeAnyWindowIsStyledLikeTheApp() {
        Alert alert = show(() -> {
            Alert error = new Alert(Alert.AlertType.ERROR, "The database is damaged", ButtonType.CLOSE);
            AppDialogs.style(error, null);
            return error;
        });
        assertThat(alert.getDialogPane().getStylesheets()).containsExactly(ThemeManager.APP_STYLESHEET);
        assertThat(alert.getDialogPane().getStyleClass()).contains("theme-light", AppDialogs.STYLE_CLASS);
        assertThat(alert.getDialogPane().getGraphic()).isNull();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(answerOf(alert)).isEqualTo(ButtonType.CLOSE);
    }

    private <D extends Dialog<?>> D show(java.util.function.Supplier<D> make) {
        @SuppressWarnings("unchecked")
        D[] made = (D[]) new Dialog<?>[1];
        robot.interact(() -> {
            made[0] = make.get();
            made[0].show();
        });
        open = made[0];
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> made[0].getDialogPane().getScene().getWindow().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        // Typed text goes to the robot's target window: the dialog, as it would for a person.
        robot.targetWindow(made[0].getDialogPane().getScene().getWindow());
        return made[0];
    }

    private static Button button(Alert alert, ButtonBar.ButtonData data) {
        ButtonType type = alert.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst()
                .orElseThrow();
        Node node = alert.getDialogPane().lookupButton(type);
        return (Button) node;
    }

    private static ButtonType answerOf(Alert alert) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !alert.isShowing());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the key did not close the dialog", e);
        }
        return alert.getResult();
    }

    private static final class MemorySettings implements SettingsStorage {
        @Override
        public java.util.Map<String, String> load() {
            return java.util.Map.of();
        }

        @Override
        public void save(java.util.Map<String, String> values) {
        }

        @Override
        public java.nio.file.Path file() {
            return java.nio.file.Path.of("settings.properties");
        }
    }
}
