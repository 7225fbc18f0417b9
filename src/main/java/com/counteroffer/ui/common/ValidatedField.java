package com.counteroffer.ui.common;

import com.counteroffer.domain.input.Parsed;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text input with its parser. {@link #validProperty()} follows every keystroke (it drives the
 * Save button); the message is only revealed when the user leaves the field or tries to save,
 * so untouched fields are not flagged.
 */
public final class ValidatedField<T> {

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Function<String, Parsed<T>> parser;
    private final BooleanBinding valid;
    private boolean revealed;

    public ValidatedField(Function<String, Parsed<T>> parser) {
        this.parser = parser;
        this.valid = Bindings.createBooleanBinding(() -> parser.apply(text.get()).ok(), text);
        text.addListener((observable, old, now) -> {
            // Once shown, the message follows the text so a fixed value clears it at once.
            if (revealed) {
                message.set(errorOf(now));
            }
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Shows the current error, if any (called when the field loses focus, and on save). */
    public void reveal() {
        revealed = true;
        message.set(errorOf(text.get()));
    }

    /** Sets the text as loaded from storage, hiding any message. */
    public void load(String value) {
        revealed = false;
        message.set("");
        text.set(value == null ? "" : value);
    }

    /** The current error message whether or not it has been revealed; empty when valid. */
    public String messageOf() {
        return errorOf(text.get());
    }

    public T value() {
        Parsed<T> outcome = parser.apply(text.get());
        if (!outcome.ok()) {
            throw new IllegalStateException("Field is invalid: " + outcome.error());
        }
        return outcome.value();
    }

    private String errorOf(String value) {
        String error = parser.apply(value).error();
        return error == null ? "" : error;
    }
}
