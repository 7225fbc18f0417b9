package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.ActionItem;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.ui.common.UiContext;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the action items (tick done, edit in place, delete, add with a due date) to {@link ActionItemsModel}. */
public final class ActionItemsController {

    private final UiContext ui;
    private final ActionItemsModel model;

    @FXML private VBox itemBox;
    @FXML private Label itemsEmpty;
    @FXML private TextField newItemField;
    @FXML private TextField newDueField;
    @FXML private Label itemError;

    public ActionItemsController(UiContext ui) {
        this.ui = ui;
        this.model = new ActionItemsModel(ui);
    }

    public ActionItemsModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        newItemField.textProperty().bindBidirectional(model.newTextProperty());
        newDueField.textProperty().bindBidirectional(model.newDueProperty());
        newItemField.setOnAction(event -> addItem());
        newDueField.setOnAction(event -> addItem());
        itemError.textProperty().bind(model.errorProperty());
        itemError.managedProperty().bind(model.errorProperty().isNotEmpty());
        itemsEmpty.visibleProperty().bind(Bindings.isEmpty(model.items()));
        itemsEmpty.managedProperty().bind(itemsEmpty.visibleProperty());
        model.items().addListener((javafx.collections.ListChangeListener<ActionItem>) change -> rebuild());
        model.editingProperty().addListener((o, was, now) -> rebuild());
        ui.privacy().onProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        itemBox.getChildren().clear();
        ActionItem editing = model.editingProperty().get();
        for (ActionItem item : model.items()) {
            itemBox.getChildren().add(editing != null && editing.id() == item.id() ? editor() : row(item));
        }
    }

    private HBox row(ActionItem item) {
        CheckBox done = new CheckBox(ui.privacy().typed(item.text()));
        done.setSelected(item.done());
        done.setWrapText(true);
        done.setMinHeight(Region.USE_PREF_SIZE);
        done.setMaxWidth(Double.MAX_VALUE);
        done.setOnAction(event -> model.toggleDone(item));
        HBox.setHgrow(done, Priority.ALWAYS);
        HBox row = new HBox(8, done);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("action-item");
        if (item.done()) {
            row.getStyleClass().add("done");
        }
        if (item.due() != null) {
            boolean overdue = item.overdue(model.today());
            Label due = new Label(ui.text(overdue ? "clients.items.overdue" : "clients.items.dueOn",
                    Dates.format(item.due())));
            due.setMinWidth(Region.USE_PREF_SIZE);
            due.getStyleClass().add(overdue ? "overdue" : "due");
            row.getChildren().add(due);
        }
        Button edit = small(ui.text("clients.items.edit"), () -> model.startEdit(item));
        // Editing shows the item as typed, amounts included: not while the screen is shared.
        edit.setDisable(ui.privacy().isOn());
        row.getChildren().addAll(edit, small(ui.text("clients.items.delete"), () -> model.delete(item)));
        return row;
    }

    private HBox editor() {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(model.editTextProperty());
        text.setAccessibleText(ui.text("clients.items.new"));
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField due = new TextField();
        due.setPrefColumnCount(22);
        due.setPromptText(ui.text("clients.items.due"));
        due.setAccessibleText(ui.text("clients.items.due"));
        due.textProperty().bindBidirectional(model.editDueProperty());
        for (TextField field : new TextField[] {text, due}) {
            field.setOnAction(event -> model.saveEdit());
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    model.cancelEdit();
                    event.consume();
                }
            });
        }
        Button save = small(ui.text("clients.items.save"), model::saveEdit);
        save.getStyleClass().add("accent");
        HBox row = new HBox(8, text, due, save, small(ui.text("clients.items.cancel"), model::cancelEdit));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("action-item", "editing");
        javafx.application.Platform.runLater(text::requestFocus);
        return row;
    }

    private static Button small(String text, Runnable action) {
        return CardButtons.small(text, action);
    }

    @FXML
    void addItem() {
        model.add();
    }

    public VBox itemBox() {
        return itemBox;
    }
}
