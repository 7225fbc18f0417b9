package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.NegotiationWorkspace.ChecklistItem;
import com.counteroffer.ui.common.DateField;
import com.counteroffer.ui.common.UiContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The checklist part: what to do before the deadline, each with a due date, ticked off as done. */
public final class ChecklistController {

    private NegotiateModel model;
    private UiContext ui;
    private List<ChecklistItem> shown = List.of();

    @FXML private VBox checklist;
    @FXML private TextField newItemField;

    void attach(NegotiateModel owner, UiContext context) {
        this.model = owner;
        this.ui = context;
        newItemField.setOnAction(event -> addItem());
        model.workspaceProperty().addListener((o, was, workspace) -> render(workspace));
        ui.privacy().onProperty().addListener((o, was, now) -> {
            shown = null; // the same items, drawn again with or without their amounts
            render(model.workspaceProperty().get());
        });
        render(model.workspaceProperty().get());
    }

    private void render(NegotiationWorkspace workspace) {
        List<ChecklistItem> items = workspace == null ? List.of() : workspace.checklist();
        if (items.equals(shown)) {
            return;
        }
        shown = items;
        checklist.getChildren().clear();
        LocalDate soonest = LocalDate.now(ui.services().clock()).plusDays(1);
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            ChecklistItem item = items.get(i);
            String words = ui.privacy().typed(item.text()); // typed by the user: amounts hidden in privacy mode
            CheckBox done = new CheckBox(words);
            done.setId("todo-" + i);
            done.setSelected(item.done());
            done.setWrapText(true);
            done.selectedProperty().addListener((o, was, on) -> update(index,
                    new ChecklistItem(item.text(), current().get(index).due(), on)));
            DateField due = new DateField();
            due.setPrefWidth(170);
            due.setAccessibleName("Due date for " + words);
            due.textProperty().set(Dates.format(item.due()));
            due.textProperty().addListener((o, was, text) -> {
                var parsed = Dates.parse(text, false, "due date");
                if (parsed.ok()) {
                    update(index, new ChecklistItem(item.text(), parsed.value(), current().get(index).done()));
                }
            });
            Label soon = new Label(item.due() != null && !item.done() && !item.due().isAfter(soonest) ? "due now" : "");
            soon.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            soon.getStyleClass().add("deadline-soon");
            Button remove = new Button("×");
            remove.setAccessibleText(ui.text("checklist.remove.accessible", words));
            remove.setOnAction(event -> {
                List<ChecklistItem> changed = new ArrayList<>(current());
                changed.remove(index);
                model.setChecklist(changed);
            });
            HBox line = new HBox(10, done, soon, due, remove);
            HBox.setHgrow(done, Priority.ALWAYS);
            done.setMaxWidth(Double.MAX_VALUE);
            line.setAlignment(Pos.CENTER_LEFT);
            checklist.getChildren().add(line);
        }
    }

    private List<ChecklistItem> current() {
        return model.workspaceProperty().get().checklist();
    }

    private void update(int index, ChecklistItem item) {
        List<ChecklistItem> changed = new ArrayList<>(current());
        changed.set(index, item);
        shown = changed;
        model.setChecklist(changed);
    }

    @FXML
    void addItem() {
        if (model.addChecklistItem(newItemField.getText()).isEmpty()) {
            newItemField.clear(); // a refused item stays in the field to be shortened
        }
    }
}
