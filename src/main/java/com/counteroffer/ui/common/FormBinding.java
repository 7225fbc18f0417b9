package com.counteroffer.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Connects a text field to its {@link ValidatedField}: typing, the message under it, and the red state. */
public final class FormBinding {

    private FormBinding() {
    }

    public static void bind(TextField input, ValidatedField<?> field, Label message) {
        input.textProperty().bindBidirectional(field.textProperty());
        input.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                field.reveal();
            }
        });
        bindMessage(message, field.messageProperty());
        javafx.beans.value.ChangeListener<String> showState = (observable, old, now) -> {
            input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
            // Screen readers read the problem with the field, not only beside it.
            input.setAccessibleHelp(now);
        };
        // The field may outlive this input (rows are rebuilt): listen weakly, and let the input hold the listener.
        input.getProperties().put(FormBinding.class, showState);
        field.messageProperty().addListener(new javafx.beans.value.WeakChangeListener<>(showState));
    }

    /**
     * An amount field privacy mode hides: while the mode is on it reads {@value Privacy#HIDDEN_AMOUNT}
     * and can't be edited (decision 0011); the typed value stays in the model, untouched, and comes
     * back when the mode is turned off.
     */
    public static void bindAmount(TextField input, ValidatedField<?> field, Label message, Privacy privacy,
                                  String lockedNote) {
        bind(input, field, message);
        javafx.scene.control.Tooltip locked = new javafx.scene.control.Tooltip(lockedNote);
        javafx.beans.InvalidationListener apply = observable -> {
            if (privacy.isOn()) {
                input.textProperty().unbindBidirectional(field.textProperty());
                input.setText(field.textProperty().get().isBlank() ? "" : Privacy.HIDDEN_AMOUNT);
                input.setEditable(false);
                input.setTooltip(locked);
            } else if (!input.isEditable()) {
                input.setEditable(true);
                input.setTooltip(null);
                input.textProperty().bindBidirectional(field.textProperty());
            }
        };
        // Rows of fields are rebuilt while privacy and the model live on: listen weakly, the input holds the listener.
        input.getProperties().put(Privacy.class, apply);
        privacy.onProperty().addListener(new javafx.beans.WeakInvalidationListener(apply));
        field.textProperty().addListener(new javafx.beans.WeakInvalidationListener(apply));
        apply.invalidated(null);
    }

    /**
     * Free text the user typed (an offer's notes) that may hold amounts: privacy mode shows it with
     * the amounts hidden and read-only, so the dots are never saved; the text comes back when it is off.
     */
    public static void bindTypedText(javafx.scene.control.TextInputControl input, javafx.beans.property.StringProperty text,
                                     Privacy privacy) {
        input.textProperty().bindBidirectional(text);
        javafx.beans.InvalidationListener apply = observable -> {
            if (privacy.isOn()) {
                input.textProperty().unbindBidirectional(text);
                input.setText(privacy.typed(text.get()));
                input.setEditable(false);
            } else if (!input.isEditable()) {
                input.setEditable(true);
                input.textProperty().bindBidirectional(text);
            }
        };
        input.getProperties().put(Privacy.class, apply);
        privacy.onProperty().addListener(new javafx.beans.WeakInvalidationListener(apply));
        text.addListener(new javafx.beans.WeakInvalidationListener(apply));
        apply.invalidated(null);
    }

    /** Shows a message label only while it has text, so empty messages take no room. */
    public static void bindMessage(Label label, javafx.beans.value.ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
