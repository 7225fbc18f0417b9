package com.counteroffer.ui.compare;

import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.service.CompareResult;
import com.counteroffer.ui.common.UiContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The comparison table: a column per offer with its own stock growth, a row per figure with its
 * formula, differences against the reference offer and the best value marked.
 */
final class CompareTable {

    private final UiContext ui;
    private final CompareModel model;
    private final GridPane table;
    private final Consumer<String> problem;
    private final CompareTableView cache;

    CompareTable(UiContext ui, CompareModel model, GridPane table, Consumer<String> problem) {
        this.ui = ui;
        this.model = model;
        this.table = table;
        this.problem = problem;
        this.cache = new CompareTableView(ui.privacy());
    }

    /** Makes the next render rebuild the grid (its inputs may hold values the model no longer has). */
    void forget() {
        cache.forget();
    }

    void render(CompareResult result) {
        if (cache.update(table, result, model.referenceIndex())) {
            return;
        }
        table.getChildren().clear();
        List<OfferComparison> offers = result.comparison().offers();
        int reference = Math.min(model.referenceIndex(), offers.size() - 1);
        table.add(cell(new Label(""), "row-label"), 0, 0);
        for (int c = 0; c < offers.size(); c++) {
            Label head = new Label(offers.get(c).entry().name() + (c == reference ? " (ref.)" : ""));
            head.setWrapText(true);
            table.add(cell(head, "column-head"), c + 1, 0);
        }
        Label growthHead = new Label(ui.text("compare.growthRow"));
        growthHead.setWrapText(true);
        Tooltip.install(growthHead, new Tooltip("Leave empty to use the scenario's rate; e.g. −20 for a stock you "
                + "expect to fall 20 % a year."));
        table.add(cell(growthHead, "row-label"), 0, 1);
        for (int c = 0; c < offers.size(); c++) {
            table.add(cell(ownGrowth(offers.get(c)), "value-cell"), c + 1, 1);
        }
        int r = 2;
        for (CompareResult.Row row : result.rows()) {
            addRow(row, r++, reference);
        }
        cache.remember(table, result, model.referenceIndex());
    }

    private TextField ownGrowth(OfferComparison offer) {
        long id = Long.parseLong(offer.entry().key());
        TextField own = new TextField(model.offerGrowth().get(id) == null ? ""
                : CompareModel.growthText(model.offerGrowth().get(id)));
        own.setId("growth-" + id);
        own.setPromptText("scenario");
        own.setPrefColumnCount(9);
        own.setMinWidth(Region.USE_PREF_SIZE);
        own.setAccessibleText(ui.text("compare.ownGrowth.accessible", offer.entry().name()));
        Runnable apply = () -> {
            String message = model.setOfferGrowth(id, own.getText());
            problem.accept(message.isEmpty() ? "" : "Own stock growth for " + offer.entry().name() + ": " + message);
        };
        own.setOnAction(event -> apply.run());
        own.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                apply.run();
            }
        });
        return own;
    }

    private void addRow(CompareResult.Row row, int r, int reference) {
        Label label = new Label(row.label());
        label.setId("row-" + row.id());
        label.setWrapText(true);
        Tooltip tip = new Tooltip(ui.privacy().prose(row.formula()));
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        Tooltip.install(label, tip);
        table.add(cell(label, "row-label"), 0, r);
        List<Integer> best = row.best();
        BigDecimal referenceValue = row.values().get(reference);
        boolean score = row.id().endsWith("_score");
        for (int c = 0; c < row.values().size(); c++) {
            BigDecimal value = row.values().get(c);
            Label amount = new Label(value == null ? (score ? "not scored" : "…")
                    : score ? value.toPlainString() : money(value));
            amount.getStyleClass().add("value");
            // A column is at least as wide as its widest figure: "$1,611,…" must never be drawn.
            amount.setMinWidth(Region.USE_PREF_SIZE);
            amount.setId("cell-" + row.id() + "-" + c);
            VBox box = new VBox(amount);
            if (value != null && referenceValue != null && c != reference && !score) {
                BigDecimal difference = value.subtract(referenceValue);
                Label diff = new Label((difference.signum() >= 0 ? "+" : "−") + money(difference.abs()));
                diff.getStyleClass().add("difference");
                diff.setMinWidth(Region.USE_PREF_SIZE);
                box.getChildren().add(diff);
            }
            box.getStyleClass().add("cell");
            if (best.contains(c)) {
                box.getStyleClass().add("best");
                amount.setAccessibleText(amount.getText() + ", best in this row");
            }
            if (c == reference) {
                box.getStyleClass().add("reference-column");
            }
            table.add(box, c + 1, r);
        }
    }

    private static Node cell(Node content, String style) {
        VBox box = new VBox(content);
        box.getStyleClass().addAll("cell", style);
        return box;
    }

    private String money(BigDecimal value) {
        return ui.privacy().money(value);
    }
}
