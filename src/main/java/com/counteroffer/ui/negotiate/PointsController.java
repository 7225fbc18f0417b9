package com.counteroffer.ui.negotiate;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;

/** The talking points part: the plan's points, edited, reordered, added to or removed; edits are kept. */
public final class PointsController {

    private NegotiateModel model;

    @FXML private ListView<String> pointsList;
    @FXML private TextField newPointField;

    void attach(NegotiateModel owner) {
        this.model = owner;
        pointsList.setItems(model.points());
        // Long points wrap inside the list instead of running off its edge.
        pointsList.setCellFactory(list -> new PointCell(new DefaultStringConverter() {
            @Override
            public String toString(String point) {
                // Points mix the plan's figures with what the user typed: privacy mode hides both.
                return model.ui().privacy().typed(point);
            }
        }));
        pointsList.setOnEditCommit(event -> {
            List<String> edited = new ArrayList<>(model.points());
            edited.set(event.getIndex(), event.getNewValue());
            model.setPoints(edited);
        });
        newPointField.setOnAction(event -> addPoint());
        // By keyboard: Tab reaches the buttons, which keep the selection; in the list itself Alt+Up and
        // Alt+Down move the selected point and Delete removes it (not while a point is being edited).
        pointsList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (pointsList.getEditingIndex() >= 0 || !pointsList.isEditable()) {
                return;
            }
            if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                move(-1);
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                move(1);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                removePoint();
                event.consume();
            }
        });
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
            // The next point (or the last) stays selected, so the keyboard can go on from there.
            if (!model.points().isEmpty()) {
                pointsList.getSelectionModel().select(Math.min(index, model.points().size() - 1));
            }
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
