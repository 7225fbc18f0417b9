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
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The offers table's columns: money right-aligned, the deadline as a countdown, formulas on the headers. */
final class OfferTable {

    private OfferTable() {
    }

    /** Sets up the columns; returns the header of the annualised column, whose name follows the figures shown. */
    static Label columns(TableView<OfferRow> table, UiContext ui, Supplier<OfferRow.Figures> figures, Clock clock) {
        TableColumn<OfferRow, String> company = column(ui.text("offers.col.company"), row -> row.offer().company()
                + (row.offer().current() ? "  (current)" : ""));
        company.setPrefWidth(190);
        TableColumn<OfferRow, String> title = column(ui.text("offers.col.title"), row -> row.offer().title());
        title.setPrefWidth(200);
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
        deadline.setPrefWidth(200);
        table.getColumns().setAll(List.of(company, title, status, base, year1, annualized, deadline));
        // In em of the table's type, so the columns widen with it (presentation, larger text).
        minWidthInEm(company, 11.5, annualizedHeader);
        minWidthInEm(title, 9.2, annualizedHeader);
        minWidthInEm(status, 7, annualizedHeader);
        for (TableColumn<OfferRow, Long> money : List.of(base, year1, annualized)) {
            minWidthInEm(money, 8.5, annualizedHeader);
        }
        minWidthInEm(deadline, 13, annualizedHeader);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The amounts are drawn again when privacy mode flips.
        ui.privacy().onProperty().addListener((o, was, now) -> table.refresh());
        return annualizedHeader;
    }

    /** Keeps the column at least {@code ems} wide in the type of {@code sample}, a label in the table. */
    private static void minWidthInEm(TableColumn<OfferRow, ?> column, double ems, Label sample) {
        column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> ems * sample.getFont().getSize(),
                sample.fontProperty()));
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
