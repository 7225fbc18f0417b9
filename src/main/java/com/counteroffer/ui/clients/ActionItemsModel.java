package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.ActionItem;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.input.Parsed;
import com.counteroffer.ui.common.Latest;
import com.counteroffer.ui.common.UiContext;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shown client's action items (homework): add with an optional due date, tick done, edit in
 * place, delete. Transient state, cleared when another client is shown: {@link #newTextProperty()},
 * {@link #newDueProperty()}, {@link #errorProperty()}, {@link #editingProperty()} and its fields.
 */
public final class ActionItemsModel {

    private final UiContext ui;
    private final ObservableList<ActionItem> items = FXCollections.observableArrayList();
    private final StringProperty newText = new SimpleStringProperty(this, "newText", "");
    private final StringProperty newDue = new SimpleStringProperty(this, "newDue", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final ObjectProperty<ActionItem> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty editText = new SimpleStringProperty(this, "editText", "");
    private final StringProperty editDue = new SimpleStringProperty(this, "editDue", "");
    private final Latest<List<ActionItem>> loads;

    public ActionItemsModel(UiContext ui) {
        this.ui = ui;
        this.loads = ui.tasks().latest();
        ui.session().clientIdProperty().addListener((o, was, now) -> {
            newText.set("");
            newDue.set("");
            cancelEdit();
            load();
        });
        ui.session().onNotesChanged(this::load);
        load();
    }

    public void load() {
        long client = ui.session().clientId();
        loads.run(progress -> ui.services().actionItems().list(client), list -> {
            if (client == ui.session().clientId()) {
                items.setAll(list);
            }
        }, problem -> error.set(problem.getMessage()));
    }

    /** Adds the typed item (due date optional); a bad date or empty text is said and nothing is saved. */
    public void add() {
        Parsed<LocalDate> due = Dates.parse(newDue.get(), false, "due date");
        if (!due.ok()) {
            error.set(due.error());
            return;
        }
        long client = ui.session().clientId();
        String text = newText.get();
        ui.tasks().run(progress -> ui.services().actionItems().add(client, text, due.value()), item -> {
            newText.set("");
            newDue.set("");
            error.set("");
        }, problem -> error.set(problem.getMessage()));
    }

    public void toggleDone(ActionItem item) {
        long client = ui.session().clientId();
        ui.tasks().run(progress -> {
            ui.services().actionItems().markDone(client, item.id(), !item.done());
            return null;
        }, done -> error.set(""), problem -> error.set(problem.getMessage()));
    }

    public void startEdit(ActionItem item) {
        editing.set(item);
        editText.set(item.text());
        editDue.set(Dates.format(item.due()));
        error.set("");
    }

    public void saveEdit() {
        ActionItem item = editing.get();
        if (item == null) {
            return;
        }
        Parsed<LocalDate> due = Dates.parse(editDue.get(), false, "due date");
        if (!due.ok()) {
            error.set(due.error());
            return;
        }
        long client = ui.session().clientId();
        String text = editText.get();
        ui.tasks().run(progress -> {
            ui.services().actionItems().edit(client, item.id(), text, due.value());
            return null;
        }, done -> cancelEdit(), problem -> error.set(problem.getMessage()));
    }

    public void cancelEdit() {
        editing.set(null);
        editText.set("");
        editDue.set("");
        error.set("");
    }

    public void delete(ActionItem item) {
        long client = ui.session().clientId();
        ui.tasks().run(progress -> {
            ui.services().actionItems().delete(client, item.id());
            return null;
        }, done -> {
            if (editing.get() != null && editing.get().id() == item.id()) {
                cancelEdit();
            }
        }, problem -> error.set(problem.getMessage()));
    }

    /** Today, as the services' clock has it: what "overdue" is measured against. */
    public LocalDate today() {
        return LocalDate.now(ui.services().clock());
    }

    public ObservableList<ActionItem> items() {
        return items;
    }

    public StringProperty newTextProperty() {
        return newText;
    }

    /** The typed due date (optional): Jan 11, 2027, 1/11/2027 or 2027-01-11. */
    public StringProperty newDueProperty() {
        return newDue;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<ActionItem> editingProperty() {
        return editing;
    }

    public StringProperty editTextProperty() {
        return editText;
    }

    public StringProperty editDueProperty() {
        return editDue;
    }
}
