package com.counteroffer.ui.common;

import com.counteroffer.domain.input.Dates;
import java.time.LocalDate;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * A date as typed ({@code Jan 11, 2027}, {@code 2027-01-11}, {@code 1/11/2027}) or picked from a
 * calendar. What is typed goes straight to the form's model, so a date typed and never confirmed is
 * still saved (or refused with a message); a DatePicker's own text field would quietly drop it.
 */
public final class DateField extends HBox {

    private final TextField text = new TextField();
    private final DatePicker calendar = new DatePicker();
    private boolean syncing;

    public DateField() {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("date-field");
        text.setPromptText("e.g. Jan 11, 2027");
        text.setPrefColumnCount(10);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        // Only the calendar button shows: typing happens in the text field beside it.
        calendar.setEditable(false);
        calendar.getStyleClass().add("calendar-button");
        calendar.setFocusTraversable(false);
        calendar.setMinWidth(38);
        calendar.setPrefWidth(38);
        calendar.setMaxWidth(38);
        calendar.getEditor().setOpacity(0);
        calendar.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return "";
            }

            @Override
            public LocalDate fromString(String string) {
                return calendar.getValue();
            }
        });
        calendar.valueProperty().addListener((o, was, date) -> {
            if (!syncing && date != null) {
                text.setText(Dates.format(date));
            }
        });
        text.textProperty().addListener((o, was, now) -> {
            // Open the calendar at the typed date when it reads as one.
            var parsed = Dates.parse(now, false, "date");
            syncing = true;
            try {
                calendar.setValue(parsed.ok() ? parsed.value() : null);
            } finally {
                syncing = false;
            }
        });
        getChildren().addAll(text, calendar);
    }

    /** Connects the field to its model field and the message under it. */
    public void bind(ValidatedField<LocalDate> field, Label message) {
        FormBinding.bind(text, field, message);
    }

    public StringProperty textProperty() {
        return text.textProperty();
    }

    /** What names the field for screen readers, e.g. "Start date". */
    public void setAccessibleName(String name) {
        text.setAccessibleText(name);
        calendar.setAccessibleText(name + ": choose from a calendar");
    }

    public TextField editor() {
        return text;
    }

    /** The calendar button, for tests. */
    public DatePicker calendar() {
        return calendar;
    }
}
