package com.counteroffer.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The "Deleted … Undo" banner every screen shows the same way: visible while its model's text is
 * not empty, gone after the undo window (settings) or when the user leaves the screen, and Ctrl+Z
 * anywhere on the screen undoes — also from a text box, once that box has no typing of its own
 * to undo.
 */
public final class UndoBanner {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final ObservableStringValue text;
    private final Runnable end;
    private final PauseTransition timer = new PauseTransition();

    private UndoBanner(ObservableStringValue text, Runnable end) {
        this.text = text;
        this.end = end;
    }

    /**
     * Binds {@code bar} (with its {@code label}) to the model's {@code text}; {@code undo} brings the
     * item back, {@code end} closes the window (the model empties its text, and may finish the delete).
     * {@code screen} is where Ctrl+Z is heard.
     */
    public static UndoBanner bind(Node screen, Node bar, Labeled label, ObservableStringValue text, Runnable undo,
                                  Runnable end, ObjectProperty<Duration> window) {
        UndoBanner banner = new UndoBanner(text, end);
        label.textProperty().bind(text);
        bar.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        bar.managedProperty().bind(bar.visibleProperty());
        banner.timer.setOnFinished(event -> banner.endIfShown());
        text.addListener((o, was, now) -> {
            banner.timer.stop();
            if (now != null && !now.isEmpty()) {
                banner.timer.setDuration(window.get());
                banner.timer.playFromStart();
            }
        });
        // Another screen shown (this one left the window): what was deleted stays deleted.
        bar.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                banner.endIfShown();
            }
        });
        screen.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event) && banner.shown() && !typingToUndo(event)) {
                undo.run();
                event.consume();
            }
        });
        return banner;
    }

    public boolean shown() {
        String now = text.get();
        return now != null && !now.isEmpty();
    }

    /** The next action (a save, another add): the banner goes. */
    public void endIfShown() {
        timer.stop();
        if (shown()) {
            end.run();
        }
    }

    /** A text box with typing to take back keeps Ctrl+Z for that. */
    private static boolean typingToUndo(KeyEvent event) {
        return event.getTarget() instanceof TextInputControl box && box.isUndoable();
    }
}
