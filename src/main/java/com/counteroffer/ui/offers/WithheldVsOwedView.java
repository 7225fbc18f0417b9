package com.counteroffer.ui.offers;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Draws {@link WithheldVsOwed}: a table of withheld and owed per tax, each figure's formula in its tooltip,
 * the balance due and the safe harbour, and every line's formula and source in a pane one click away.
 */
final class WithheldVsOwedView {

    private WithheldVsOwedView() {
    }

    static VBox build(WithheldVsOwed model) {
        VBox box = new VBox(6);
        box.setId("withheldVsOwed");
        Label title = new Label(model.title());
        title.getStyleClass().add("header");
        Label basis = new Label(model.basis());
        basis.setWrapText(true);
        box.getChildren().addAll(title, basis, table(model.rows()));
        box.getChildren().add(withFormula(new Label(model.balanceDue()), model.balanceFormula(), "withheldBalanceDue",
                "total"));
        box.getChildren().add(withFormula(new Label(model.safeHarbor()), model.safeHarborFormula(),
                "withheldSafeHarbor", null));
        box.getChildren().add(withFormula(new Label(model.estimatedPayments()), model.estimatedPaymentsFormula(),
                "withheldEstimatedPayments", null));
        box.getChildren().add(how(model));
        return box;
    }

    private static GridPane table(List<WithheldVsOwed.Row> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("year-table");
        grid.setHgap(14);
        grid.setVgap(3);
        String[] headers = {"Tax", "Withheld by payroll", "Owed"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add("header");
            grid.add(header, c, 0);
        }
        int r = 1;
        for (WithheldVsOwed.Row row : rows) {
            grid.add(new Label(row.label()), 0, r);
            grid.add(withFormula(new Label(row.withheld()), row.formula(), row.id(), null), 1, r);
            grid.add(new Label(row.owed()), 2, r);
            r++;
        }
        return grid;
    }

    /** The label with its formula as a tooltip and as accessible help, so a screen reader reaches it too. */
    private static Label withFormula(Label label, String formula, String id, String styleClass) {
        label.setId(id);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        Tooltip tip = new Tooltip(formula);
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        label.setTooltip(tip);
        label.setAccessibleHelp(formula);
        return label;
    }

    private static TitledPane how(WithheldVsOwed model) {
        VBox lines = new VBox(2);
        for (String line : model.howLines()) {
            Label label = new Label(line);
            label.setWrapText(true);
            lines.getChildren().add(label);
        }
        for (String note : model.notes()) {
            Label label = new Label("• " + note);
            label.getStyleClass().add("note");
            label.setWrapText(true);
            lines.getChildren().add(label);
        }
        TitledPane pane = new TitledPane("How the withholding is worked out, with sources", lines);
        pane.setId("withheldHow");
        pane.setExpanded(false);
        return pane;
    }
}
