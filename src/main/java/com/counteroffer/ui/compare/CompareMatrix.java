package com.counteroffer.ui.compare;

import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.service.CompareResult;
import com.counteroffer.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The decision matrix grid: a weight per factor, a score per offer, built again only when its shape changes. */
final class CompareMatrix {

    private final UiContext ui;
    private final CompareModel model;
    private final GridPane matrix;
    /** The factors and offers the grid was built for; scores change in place, so they are not part of it. */
    private List<String> renderedShape = List.of();

    CompareMatrix(UiContext ui, CompareModel model, GridPane matrix) {
        this.ui = ui;
        this.model = model;
        this.matrix = matrix;
    }

    void forget() {
        renderedShape = List.of();
    }

    void render(CompareResult result) {
        if (result == null || shape(result).equals(renderedShape)) {
            return;
        }
        renderedShape = shape(result);
        matrix.getChildren().clear();
        List<OfferComparison> offers = result.comparison().offers();
        DecisionMatrix current = model.matrixProperty().get();
        matrix.add(new Label(""), 0, 0);
        matrix.add(header(ui.text("compare.matrix.weight")), 1, 0);
        for (int c = 0; c < offers.size(); c++) {
            matrix.add(header(offers.get(c).entry().name()), c + 2, 0);
        }
        for (int f = 0; f < current.factors().size(); f++) {
            int index = f;
            DecisionMatrix.Factor factor = current.factors().get(f);
            Label name = new Label(factor.name());
            name.setWrapText(true);
            name.getStyleClass().add("matrix-factor");
            matrix.add(name, 0, f + 1);
            ComboBox<Integer> weight = choice(List.of(0, 1, 2, 3, 4, 5), factor.weight(), "Weight of " + factor.name(),
                    value -> model.matrixProperty().set(model.matrixProperty().get().with(index,
                            model.matrixProperty().get().factors().get(index).withWeight(value == null ? 0 : value))));
            weight.setId("weight-" + f);
            matrix.add(weight, 1, f + 1);
            for (int c = 0; c < offers.size(); c++) {
                String key = offers.get(c).entry().key();
                ComboBox<Integer> score = choice(List.of(1, 2, 3, 4, 5), factor.scores().get(key),
                        offers.get(c).entry().name() + " on " + factor.name(), value -> model.matrixProperty().set(
                                model.matrixProperty().get().with(index,
                                        model.matrixProperty().get().factors().get(index).withScore(key, value))));
                score.setId("score-" + f + "-" + key);
                matrix.add(score, c + 2, f + 1);
            }
            Button remove = new Button("×");
            remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            remove.setAccessibleText(ui.text("compare.matrix.remove", factor.name()));
            remove.setOnAction(event -> model.matrixProperty().set(model.matrixProperty().get().removing(index)));
            matrix.add(remove, offers.size() + 2, f + 1);
        }
    }

    private List<String> shape(CompareResult result) {
        List<String> shape = new ArrayList<>();
        model.matrixProperty().get().factors().forEach(f -> shape.add("factor:" + f.name()));
        result.comparison().offers().forEach(o -> shape.add("offer:" + o.entry().key() + ":" + o.entry().name()));
        return shape;
    }

    private static ComboBox<Integer> choice(List<Integer> values, Integer current, String accessible,
                                            Consumer<Integer> onChange) {
        ComboBox<Integer> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setValue(current);
        box.setPromptText("–");
        // Never narrower than its value: "3" was drawn as "…" once the grid ran out of room.
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setAccessibleText(accessible);
        box.valueProperty().addListener((o, was, now) -> onChange.accept(now));
        return box;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("field-label", "matrix-head");
        return label;
    }
}
