package com.counteroffer.ui.compare;

import com.counteroffer.service.CompareResult;

import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.ui.common.Privacy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Keeps the comparison table's cells so that a new result of the same shape (same rows, offers,
 * reference and filled cells) only changes texts and highlights instead of rebuilding the grid.
 */
final class CompareTableView {

    private final Privacy privacy;
    private Object shape;
    private final Map<String, Label> amounts = new HashMap<>();
    private final Map<String, Label> rowLabels = new HashMap<>();

    CompareTableView(Privacy privacy) {
        this.privacy = privacy;
    }

    /** Updates the remembered cells in place; false when the table must be rebuilt. */
    boolean update(GridPane table, CompareResult result, int reference) {
        if (shape == null || !shape.equals(shapeOf(result, reference)) || table.getChildren().isEmpty()) {
            return false;
        }
        for (CompareResult.Row row : result.rows()) {
            // Labels such as "Paid if you leave at month 17" follow the controls without a rebuild.
            rowLabels.get(row.id()).setText(row.label());
            List<Integer> best = row.best();
            BigDecimal referenceValue = row.values().get(reference);
            boolean score = row.id().endsWith("_score");
            for (int c = 0; c < row.values().size(); c++) {
                BigDecimal value = row.values().get(c);
                Label amount = amounts.get(row.id() + "-" + c);
                amount.setText(value == null ? (score ? "not scored" : "…") : score ? value.toPlainString() : money(value));
                VBox box = (VBox) amount.getParent();
                if (box.getChildren().size() > 1 && value != null && referenceValue != null) {
                    BigDecimal difference = value.subtract(referenceValue);
                    ((Label) box.getChildren().get(1)).setText((difference.signum() >= 0 ? "+" : "−") + money(difference.abs()));
                }
                box.getStyleClass().remove("best");
                if (best.contains(c)) {
                    box.getStyleClass().add("best");
                }
                amount.setAccessibleText(best.contains(c) ? amount.getText() + ", best in this row" : amount.getText());
            }
        }
        return true;
    }

    /** Makes the next update rebuild the table (its inputs may hold values the model no longer has). */
    void forget() {
        shape = null;
    }

    /** Takes note of a freshly built table. */
    void remember(GridPane table, CompareResult result, int reference) {
        amounts.clear();
        rowLabels.clear();
        for (Node node : table.getChildren()) {
            if (node instanceof VBox box && !box.getChildren().isEmpty() && box.getChildren().get(0) instanceof Label label
                    && label.getId() != null && label.getId().startsWith("row-")) {
                rowLabels.put(label.getId().substring("row-".length()), label);
            }
            if (node instanceof VBox box && !box.getChildren().isEmpty() && box.getChildren().get(0) instanceof Label label
                    && label.getId() != null && label.getId().startsWith("cell-")) {
                amounts.put(label.getId().substring("cell-".length()), label);
            }
        }
        shape = shapeOf(result, reference);
    }

    private static Object shapeOf(CompareResult result, int reference) {
        List<Object> key = new ArrayList<>();
        key.add(reference);
        result.comparison().offers().forEach(o -> key.add(o.entry().key() + ":" + o.entry().name()));
        for (CompareResult.Row row : result.rows()) {
            key.add(row.id());
            row.values().forEach(v -> key.add(v == null));
        }
        return key;
    }

    private String money(BigDecimal value) {
        return privacy.money(value);
    }
}
