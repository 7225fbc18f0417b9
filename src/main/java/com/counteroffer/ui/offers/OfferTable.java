package com.counteroffer.ui.offers;

import com.counteroffer.domain.input.Dates;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.UiContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The offers table's columns: money right-aligned, the deadline as a countdown, formulas on the headers. */
final class OfferTable {

    private OfferTable() {
    }

    /**
     * Sets up the columns; returns the header of the annualised column, whose name follows the figures shown.
     * Call it once the table's rows are set: sized only from a list set afterwards, rows arriving on a client
     * switch were never measured in the window (columns left at their floors, names and dates cut).
     */
    static Label columns(TableView<OfferRow> table, UiContext ui, Supplier<OfferRow.Figures> figures, Clock clock) {
        TableColumn<OfferRow, String> company = column(ui.text("offers.col.company"), OfferTable::companyText);
        TableColumn<OfferRow, String> title = column(ui.text("offers.col.title"), row -> row.offer().title());
        // Presented, the type is half as large again: the title gives the company and amounts room.
        title.getStyleClass().add("presentation-optional");
        TableColumn<OfferRow, String> status = column(ui.text("offers.col.status"), row -> row.offer().status().label());
        TableColumn<OfferRow, Long> base = moneyColumn(ui.privacy(), ui.text("offers.col.base"), row -> row.offer().base());
        TableColumn<OfferRow, Long> year1 = moneyColumn(ui.privacy(), ui.text("offers.col.year1"), row -> row.year1(figures.get()));
        TableColumn<OfferRow, Long> annualized = moneyColumn(ui.privacy(), ui.text("offers.col.annualized"),
                row -> row.annualized(figures.get()));
        explain(year1, "Gross: everything paid or vested in the first 12 months. After tax: that minus 2026 taxes "
                + "where you would live. Purchasing power: the net ÷ (regional price parity ÷ 100).");
        Label annualizedHeader = explain(annualized, "Gross: base + initial grant ÷ vesting years + target bonus + "
                + "sign-on ÷ 4 (Levels-style). After tax and purchasing power: the average of the years shown in the "
                + "offer's detail.");
        TableColumn<OfferRow, LocalDate> deadline = new TableColumn<>(ui.text("offers.col.deadline"));
        deadline.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().offer().deadline()));
        deadline.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        deadline.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("deadline-soon");
                setText(empty || item == null ? "" : Deadlines.countdown(item, LocalDate.now(clock)));
                setTooltip(empty || item == null ? null : new Tooltip(Dates.format(item)));
                if (!empty && item != null && Deadlines.urgent(item, LocalDate.now(clock))) {
                    getStyleClass().add("deadline-soon");
                }
            }
        });
        table.getColumns().setAll(List.of(company, title, status, base, year1, annualized, deadline));
        // Each column at least as wide as its header and every text in it (and a floor in em of the table's
        // type): a figure or a name is never drawn shortened; a narrow window scrolls the table sideways.
        List<Fitted> fitted = List.of(
                new Fitted(company, 11.5, row -> companyText(row)),
                new Fitted(title, 9.2, row -> row.offer().title()),
                new Fitted(status, 7, row -> row.offer().status().label()),
                new Fitted(base, 8.5, row -> ui.privacy().money(row.offer().base())),
                new Fitted(year1, 8.5, row -> money(ui.privacy(), row.year1(figures.get()))),
                new Fitted(annualized, 8.5, row -> money(ui.privacy(), row.annualized(figures.get()))),
                new Fitted(deadline, 13, row -> row.offer().deadline() == null ? ""
                        : Deadlines.countdown(row.offer().deadline(), LocalDate.now(clock))));
        // Later and once per burst: a font change arrives while CSS walks the scene, and sizing columns
        // there (new header cells) breaks that walk.
        boolean[] pending = {false};
        Runnable fit = () -> {
            if (!pending[0]) {
                pending[0] = true;
                javafx.application.Platform.runLater(() -> {
                    pending[0] = false;
                    fit(table, fitted, annualizedHeader);
                });
            }
        };
        table.getProperties().put(FIT, fit);
        // The rows the table shows now (set before this is called: see columns()), and any set later.
        table.getItems().addListener((javafx.collections.ListChangeListener<OfferRow>) change -> fit.run());
        table.itemsProperty().addListener((o, was, now) -> {
            now.addListener((javafx.collections.ListChangeListener<OfferRow>) change -> fit.run());
            fit.run();
        });
        annualizedHeader.fontProperty().addListener((o, was, now) -> fit.run());
        annualizedHeader.textProperty().addListener((o, was, now) -> fit.run());
        ui.privacy().onProperty().addListener((o, was, now) -> fit.run());
        fit(table, fitted, annualizedHeader);
        // Later, not inside the table's own layout or column change (changing the policy there breaks its indexes).
        table.widthProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> policyFor(table)));
        // Presenting hides a column: the others may fit again.
        table.getVisibleLeafColumns().addListener((javafx.collections.ListChangeListener<TableColumn<OfferRow, ?>>)
                change -> javafx.application.Platform.runLater(() -> policyFor(table)));
        // The amounts are drawn again when privacy mode flips.
        ui.privacy().onProperty().addListener((o, was, now) -> table.refresh());
        return annualizedHeader;
    }

    private static final String FIT = "offers.fit";

    /** A column, its floor in em, and the text a row shows in it. */
    private record Fitted(TableColumn<OfferRow, ?> column, double ems, Function<OfferRow, String> text) {
    }

    /** Sizes the columns again, e.g. once the figures shown (gross, after tax) changed. */
    static void refit(TableView<OfferRow> table) {
        if (table.getProperties().get(FIT) instanceof Runnable fit) {
            fit.run();
        }
    }

    private static String money(Privacy privacy, Long amount) {
        return amount == null ? "" : privacy.money(amount);
    }

    private static String companyText(OfferRow row) {
        return row.offer().company() + (row.offer().current() ? "  (current)" : "");
    }

    private static void fit(TableView<OfferRow> table, List<Fitted> fitted, Label sample) {
        Font font = sample.getFont();
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        // Cell padding both sides, and room for the header's sort arrow.
        double padding = 1.6 * font.getSize();
        for (Fitted column : fitted) {
            String header = column.column().getGraphic() instanceof Label label ? label.getText() : column.column().getText();
            double width = Math.max(column.ems() * font.getSize(), textWidth(header, bold) + padding);
            for (OfferRow row : table.getItems()) {
                width = Math.max(width, textWidth(column.text().apply(row), font) + padding);
            }
            column.column().setMinWidth(Math.ceil(width));
            column.column().setPrefWidth(Math.ceil(width));
        }
        policyFor(table);
    }

    /**
     * Spread over the table's width while the columns fit; past that each keeps its width and the table
     * scrolls sideways (a constrained table would push the last columns out of reach without a scroll bar).
     */
    private static void policyFor(TableView<OfferRow> table) {
        double needed = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        boolean fits = table.getWidth() <= 0 || needed <= table.getWidth() - 2;
        var policy = fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() == policy) {
            return;
        }
        table.setColumnResizePolicy(fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text == null ? "" : text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** Puts the column's formula in a tooltip on its header, one hover away. */
    private static Label explain(TableColumn<OfferRow, ?> column, String formula) {
        Label header = new Label(column.getText());
        Tooltip tip = new Tooltip(formula);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        header.setTooltip(tip);
        header.setAccessibleHelp(formula);
        column.setText("");
        column.setGraphic(header);
        return header;
    }

    private static TableColumn<OfferRow, String> column(String name, Function<OfferRow, String> value) {
        TableColumn<OfferRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        return column;
    }

    private static TableColumn<OfferRow, Long> moneyColumn(Privacy privacy, String name, Function<OfferRow, Long> value) {
        TableColumn<OfferRow, Long> column = new TableColumn<>(name);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : privacy.money(item));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        return column;
    }
}
