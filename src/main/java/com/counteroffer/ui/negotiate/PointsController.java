package com.counteroffer.ui.negotiate;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.util.converter.DefaultStringConverter;

/** The talking points part: the plan's points, edited, reordered, added to or removed; edits are kept. */
public final class PointsController {

    private NegotiateModel model;

    @FXML private ListView<String> pointsList;
    @FXML private TextField newPointField;

    void attach(NegotiateModel owner) {
        this.model = owner;
        pointsList.setItems(model.points());
        pointsList.setCellFactory(list -> {
            // Long points wrap inside the list instead of running off its edge.
            TextFieldListCell<String> cell = new TextFieldListCell<>(new DefaultStringConverter() {
                @Override
                public String toString(String point) {
                    // Points mix the plan's figures with what the user typed: privacy mode hides both.
                    return model.ui().privacy().typed(point);
                }
            });
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        pointsList.setOnEditCommit(event -> {
            List<String> edited = new ArrayList<>(model.points());
            edited.set(event.getIndex(), event.getNewValue());
            model.setPoints(edited);
        });
        newPointField.setOnAction(event -> addPoint());
        // Editing a hidden point would save the dots: points are read-only in privacy mode.
        pointsList.editableProperty().bind(model.ui().privacy().onProperty().not());
        model.ui().privacy().onProperty().addListener((o, was, now) -> pointsList.refresh());
    }

    @FXML
    void regeneratePoints() {
        model.regeneratePoints();
    }

    @FXML
    void movePointUp() {
        move(-1);
    }

    @FXML
    void movePointDown() {
        move(1);
    }

    private void move(int by) {
        int index = pointsList.getSelectionModel().getSelectedIndex();
        int target = index + by;
        if (index < 0 || target < 0 || target >= model.points().size()) {
            return;
        }
        List<String> edited = new ArrayList<>(model.points());
        edited.add(target, edited.remove(index));
        model.setPoints(edited);
        pointsList.getSelectionModel().select(target);
    }

    @FXML
    void removePoint() {
        int index = pointsList.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            List<String> edited = new ArrayList<>(model.points());
            edited.remove(index);
            model.setPoints(edited);
        }
    }

    @FXML
    void addPoint() {
        String text = newPointField.getText();
        if (!text.isBlank()) {
            List<String> edited = new ArrayList<>(model.points());
            edited.add(text);
            if (model.setPoints(edited).isEmpty()) {
                newPointField.clear(); // kept as typed; a refused point stays in the field to be shortened
            }
        }
    }
}
