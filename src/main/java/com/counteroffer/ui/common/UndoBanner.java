package com.counteroffer.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The "Deleted … Undo" banner every screen shows the same way: visible while its model's text is
 * not empty, gone after the undo window (settings), on the next action anywhere on the screen (any
 * button, box or menu action but the banner's own Undo) or when the user leaves the screen; and
 * Ctrl+Z anywhere on the screen undoes — also from a text box, once that box has no typing of its
 * own to undo. {@link #dispose()} detaches it all, so a screen built again leaves no timer behind.
 */
public final class UndoBanner {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** The settings' own default; used when the window read is missing or not a positive time. */
    static final Duration FALLBACK_WINDOW = Duration.seconds(10);

    private final ObservableStringValue text;
    private final Runnable end;
    private final PauseTransition timer = new PauseTransition();
    private final Node screen;
    private final Node bar;
    private final Labeled label;
    private final ChangeListener<String> onText;
    private final ChangeListener<Scene> onScene;
    private final EventHandler<KeyEvent> onKey;
    private final EventHandler<ActionEvent> onAction;
    private boolean disposed;

    private UndoBanner(Node screen, Node bar, Labeled label, ObservableStringValue text, Runnable undo, Runnable end,
                       ObjectProperty<Duration> window) {
        this.screen = screen;
        this.bar = bar;
        this.label = label;
        this.text = text;
        this.end = end;
        timer.setOnFinished(event -> endIfShown());
        onText = (o, was, now) -> {
            timer.stop();
            if (now != null && !now.isEmpty()) {
                timer.setDuration(windowOf(window.get()));
                timer.playFromStart();
            }
        };
        // Another screen shown (this one left the window): what was deleted stays deleted.
        onScene = (o, was, now) -> {
            if (now == null) {
                endIfShown();
            }
        };
        onKey = event -> {
            if (UNDO.match(event) && shown() && !typingToUndo(event)) {
                undo.run();
                event.consume();
            }
        };
        onAction = event -> {
            if (!within(event.getTarget(), bar) && !setByProgram(event.getTarget())) {
                endIfShown();
            }
        };
    }

    /**
     * Binds {@code bar} (with its {@code label}) to the model's {@code text}; {@code undo} brings the
     * item back, {@code end} closes the window (the model empties its text, and may finish the delete).
     * {@code screen} is where Ctrl+Z is heard and where any other action ends the banner.
     */
    public static UndoBanner bind(Node screen, Node bar, Labeled label, ObservableStringValue text, Runnable undo,
                                  Runnable end, ObjectProperty<Duration> window) {
        UndoBanner banner = new UndoBanner(screen, bar, label, text, undo, end, window);
        label.textProperty().bind(text);
        bar.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        bar.managedProperty().bind(bar.visibleProperty());
        text.addListener(banner.onText);
        bar.sceneProperty().addListener(banner.onScene);
        screen.addEventFilter(KeyEvent.KEY_PRESSED, banner.onKey);
        // A filter, so the action's own handler (another delete) runs after the old banner has ended.
        screen.addEventFilter(ActionEvent.ACTION, banner.onAction);
        return banner;
    }

    public boolean shown() {
        String now = text.get();
        return now != null && !now.isEmpty();
    }

    /** The next action (a save, another add): the banner goes. */
    public void endIfShown() {
        timer.stop();
        if (!disposed && shown()) {
            end.run();
        }
    }

    /** The screen is gone: the timer stops and nothing of the banner listens to the model or the screen any more. */
    public void dispose() {
        disposed = true;
        timer.stop();
        text.removeListener(onText);
        bar.sceneProperty().removeListener(onScene);
        screen.removeEventFilter(KeyEvent.KEY_PRESSED, onKey);
        screen.removeEventFilter(ActionEvent.ACTION, onAction);
        label.textProperty().unbind();
        bar.visibleProperty().unbind();
        bar.managedProperty().unbind();
    }

    /** How long the banner stays: the setting, or the default when it is unset or not positive. */
    /** Whether the banner's time is running out now (for tests: no waiting on the clock). */
    boolean counting() {
        return timer.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** How long the banner stays this time. */
    Duration countdown() {
        return timer.getDuration();
    }

    static Duration windowOf(Duration setting) {
        return setting == null || setting.isUnknown() || setting.isIndefinite() || setting.lessThanOrEqualTo(Duration.ZERO)
                ? FALLBACK_WINDOW : setting;
    }

    private static boolean within(EventTarget target, Node bar) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == bar) {
                return true;
            }
        }
        return false;
    }

    /** A combo box fires its action on any change of value, also when a screen refreshes it: only the user's counts. */
    private static boolean setByProgram(EventTarget target) {
        return target instanceof ComboBoxBase<?> box && !box.isFocused() && !box.isShowing();
    }

    /** A text box with typing to take back keeps Ctrl+Z for that. */
    private static boolean typingToUndo(KeyEvent event) {
        return event.getTarget() instanceof TextInputControl box && box.isUndoable();
    }
}
