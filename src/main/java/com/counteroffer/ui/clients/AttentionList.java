package com.counteroffer.ui.clients;

import com.counteroffer.domain.input.Dates;
import com.counteroffer.service.Attention;
import com.counteroffer.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;

/** The Clients screen's "Needs attention" list: what each row says, its height, and opening a row's client. */
final class AttentionList {

    private final UiContext ui;
    private final ClientsModel model;
    private final ListView<Attention> list;
    private final Label empty;
    private final List<ListCell<Attention>> cells = new ArrayList<>();
    private final DoubleProperty rowHeight = new SimpleDoubleProperty();

    AttentionList(UiContext ui, ClientsModel model, ListView<Attention> list, Label empty) {
        this.ui = ui;
        this.model = model;
        this.list = list;
        this.empty = empty;
    }

    /** Overdue items and near deadlines across clients; Enter or a double-click shows that client. */
    void bind() {
        list.setItems(model.attention());
        list.setCellFactory(view -> {
            ListCell<Attention> cell = cell();
            cells.add(cell);
            cell.heightProperty().addListener((o, was, now) -> measureRows());
            cell.emptyProperty().addListener((o, was, now) -> measureRows());
            return cell;
        });
        list.setOnKeyPressed(event -> {
            Attention item = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && item != null) {
                model.open(item);
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            Attention item = list.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && item != null) {
                model.open(item);
            }
        });
        list.visibleProperty().bind(Bindings.isNotEmpty(model.attention()));
        list.managedProperty().bind(list.visibleProperty());
        // Up to six rows whole: as tall as the rows drawn, which grow with the type.
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(6, Math.max(1, model.attention().size())) * rowHeight()
                        + list.snappedTopInset() + list.snappedBottomInset(),
                model.attention(), rowHeight, list.insetsProperty()));
        empty.visibleProperty().bind(Bindings.isEmpty(model.attention()));
        empty.managedProperty().bind(empty.visibleProperty());
    }

    private ListCell<Attention> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Attention item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().remove("overdue");
                if (empty || item == null) {
                    setText("");
                    return;
                }
                setText(describe(item));
                if (item.kind() == Attention.Kind.OVERDUE_ITEM) {
                    getStyleClass().add("overdue");
                }
            }
        };
    }

    /** The tallest filled row; before any is drawn, two lines of the type. */
    private double rowHeight() {
        return rowHeight.get() > 0 ? rowHeight.get()
                : 2 * Font.getDefault().getSize();
    }

    private void measureRows() {
        // A cell the list let go of (its rows redrawn) is no longer in it.
        cells.removeIf(cell -> cell.getParent() == null);
        rowHeight.set(cells.stream().filter(cell -> cell.isVisible() && !cell.isEmpty())
                .mapToDouble(ListCell::getHeight).max().orElse(0));
    }

    String describe(Attention item) {
        return item.kind() == Attention.Kind.OVERDUE_ITEM
                ? ui.text("clients.attention.overdue", ui.privacy().clientLabel(item.client().name()), Dates.format(item.date()), ui.privacy().typed(item.what()))
                : ui.text("clients.attention.deadline", ui.privacy().clientLabel(item.client().name()), item.what(), Dates.format(item.date()));
    }

}
