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

    /** Shows a message label only while it has text, so empty messages take no room. */
    public static void bindMessage(Label label, javafx.beans.value.ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
