package com.counteroffer.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's dialogs: owned by the main window, styled like it (theme and the app's stylesheet),
 * Enter and Escape as expected, file dialogs starting in the last folder used, else the user's
 * documents folder.
 */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;
    private final ResourceBundle bundle;
    private final StartFolder start;
    private boolean quitting;

    public FxDialogs(Supplier<Window> owner, ResourceBundle bundle, StartFolder start) {
        this.owner = owner;
        this.bundle = bundle;
        this.start = start;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileKind> kinds) {
        FileChooser chooser = chooser(title, kinds);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> openFile(String title, List<FileKind> kinds) {
        return remember(chooser(title, kinds).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> openFile(String title, List<FileKind> kinds, Path folder) {
        FileChooser chooser = chooser(title, kinds);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        // A folder of the app's own (backups) is not where the user keeps their files: not remembered.
        File chosen = chooser.showOpenDialog(owner.get());
        return chosen == null ? Optional.empty() : Optional.of(chosen.toPath().toAbsolutePath());
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        return textDialog(title, header, initial).showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    TextInputDialog textDialog(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        style(dialog);
        return dialog;
    }

    @Override
    public boolean confirm(String title, String header, String message, String confirmLabel) {
        Alert alert = confirmAlert(title, header, message, confirmLabel);
        return alert.showAndWait().orElse(ButtonType.CANCEL).getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    Alert confirmAlert(String title, String header, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(header);
        content(alert, message);
        style(alert);
        return alert;
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String message, List<Choice<T>> choices) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle(title);
        alert.setHeaderText(header);
        content(alert, message);
        alert.getButtonTypes().clear();
        for (int i = 0; i < choices.size(); i++) {
            alert.getButtonTypes().add(new ButtonType(choices.get(i).label(),
                    i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        alert.getButtonTypes().add(ButtonType.CANCEL);
        style(alert);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        int index = alert.getButtonTypes().indexOf(answer.get());
        return Optional.of(choices.get(index).value());
    }

    @Override
    public Unsaved askUnsaved(String header, String message) {
        return unsaved(unsavedAlert(header, message).showAndWait().orElse(null));
    }

    /** Save is the default (Enter), Stay the cancel (Escape, closing): Discard is never chosen by a key alone. */
    Alert unsavedAlert(String header, String message) {
        ButtonType save = new ButtonType(bundle.getString("profile.leave.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(bundle.getString("profile.leave.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(bundle.getString("profile.leave.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, stay);
        alert.setTitle(bundle.getString("profile.leave.title"));
        alert.setHeaderText(header);
        content(alert, message != null ? message
                : bundle.getString(quitting ? "profile.leave.quit.content" : "profile.leave.content"));
        // JavaFX makes a NO button a cancel button too: Escape must mean Stay, never Discard.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(discard)).setCancelButton(false);
        style(alert);
        return alert;
    }

    @Override
    public boolean whileQuitting(BooleanSupplier asking) {
        quitting = true;
        try {
            return asking.getAsBoolean();
        } finally {
            quitting = false;
        }
    }

    static Unsaved unsaved(ButtonType answer) {
        if (answer == null) {
            return Unsaved.STAY;
        }
        return switch (answer.getButtonData()) {
            case YES -> Unsaved.SAVE;
            case NO -> Unsaved.DISCARD;
            default -> Unsaved.STAY;
        };
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.setTitle(title);
        alert.setHeaderText(title);
        content(alert, message);
        style(alert);
        alert.showAndWait();
    }

    private void style(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        AppDialogs.style(dialog, window == null ? null : window.getScene());
    }

    private static void content(Alert alert, String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
    }

    private FileChooser chooser(String title, List<FileKind> kinds) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileKind kind : kinds) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description() + " ("
                    + String.join(", ", kind.extensions().stream().map(e -> "*." + e).toList()) + ")",
                    kind.extensions().stream().map(e -> "*." + e).toList()));
        }
        Path folder = start.folder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath().toAbsolutePath();
        start.used(path);
        return Optional.of(path);
    }
}
