package com.counteroffer.ui.switcher;

import com.counteroffer.ui.common.UiContext;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The switcher's window: a filter field and the list, over the main window. The keyboard stays in
 * the filter; Up, Down, Enter and Esc act on the list from there. Clicking a row switches too.
 */
public final class SwitcherView {

    private final Stage stage;
    private final SwitcherModel model;

    private SwitcherView(Window owner, SwitcherModel model, UiContext ui) {
        this.model = model;
        TextField filter = new TextField();
        filter.setId("switcher-filter");
        filter.setPromptText(ui.text("clients.switcher.filter"));
        filter.setAccessibleText(ui.text("clients.switcher.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());

        ListView<SwitcherModel.Row> list = new ListView<>(model.rows());
        list.setId("switcher-list");
        list.setAccessibleText(ui.text("clients.switcher.list"));
        // The filter keeps the keyboard; the list shows where Enter goes.
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new RowCell());
        list.setPlaceholder(placeholder(ui));
        syncSelection(list);
        list.setOnMouseClicked(event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.selectedProperty().set(index);
                model.choose();
            }
        });

        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label(ui.text("clients.switcher.hint"));
        hint.getStyleClass().add("switcher-hint");
        hint.setWrapText(true);

        Label heading = new Label(ui.text("clients.switcher.title"));
        heading.getStyleClass().add("switcher-heading");
        heading.setLabelFor(filter);
        VBox root = new VBox(heading, filter, error, list, hint);
        root.getStyleClass().add("switcher");
        root.setId("switcher");
        if (model.privacy()) {
            // What is typed is a name: on a shared screen it stays hidden like every typed field.
            root.getStyleClass().add("privacy");
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);

        stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ui.text("clients.switcher.title"));
        Scene scene = new Scene(root);
        Scene ownerScene = owner.getScene();
        if (ownerScene != null) {
            scene.getStylesheets().setAll(ownerScene.getStylesheets());
            root.getStyleClass().addAll(ownerScene.getRoot().getStyleClass().stream()
                    .filter(style -> style.startsWith("theme-")).toList());
        }
        stage.setScene(scene);
        model.openProperty().addListener((o, was, open) -> {
            if (!open) {
                stage.close();
            }
        });
        // Clicking back into the main window puts the switcher away, as a palette does.
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (was && !focused && stage.isShowing()) {
                model.close();
            }
        });
        stage.setOnShown(event -> {
            stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
            stage.setY(owner.getY() + Math.min(owner.getHeight() / 6, 120));
            filter.requestFocus();
        });
    }

    /** Opens the switcher over {@code owner} and starts reading the clients. */
    public static SwitcherView show(Window owner, SwitcherModel model, UiContext ui) {
        SwitcherView view = new SwitcherView(owner, model, ui);
        model.load();
        view.stage.show();
        return view;
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> model.moveDown();
            case UP -> model.moveUp();
            case ENTER -> model.choose();
            case ESCAPE -> model.close();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void syncSelection(ListView<SwitcherModel.Row> list) {
        Runnable apply = () -> {
            int index = model.selectedProperty().get();
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        };
        model.selectedProperty().addListener((o, was, now) -> apply.run());
        model.rows().addListener((javafx.collections.ListChangeListener<SwitcherModel.Row>) change ->
                Platform.runLater(apply));
    }

    private Label placeholder(UiContext ui) {
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(
                () -> model.filterProperty().get() == null || model.filterProperty().get().isBlank()
                        ? ui.text("clients.switcher.none")
                        : ui.text("clients.switcher.empty", model.filterProperty().get().strip()),
                model.filterProperty()));
        return empty;
    }

    /** A client's name above the facts that tell clients apart. */
    private static final class RowCell extends ListCell<SwitcherModel.Row> {
        private final Label name = new RowLabel();
        private final Label facts = new RowLabel();
        private final VBox box = new VBox(name, facts);

        RowCell() {
            name.getStyleClass().add("switcher-name");
            facts.getStyleClass().add("switcher-facts");
            name.setWrapText(true);
            facts.setWrapText(true);
            box.getStyleClass().add("switcher-row");
            // Without this the list sizes rows to their one-line width and scrolls sideways; at zero
            // the rows take the list's width, and the texts, as wide as the row, wrap within it.
            setPrefWidth(0);
            var textWidth = Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()),
                    widthProperty(), insetsProperty());
            name.prefWidthProperty().bind(textWidth);
            facts.prefWidthProperty().bind(textWidth);
        }

        /** The height of every line at the width the list offers, known before this cell has it. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + box.prefHeight(width - snappedLeftInset() - snappedRightInset())
                    + snappedBottomInset();
        }

        @Override
        protected void updateItem(SwitcherModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(row.name());
            facts.setText(row.facts());
            setAccessibleText(row.name() + ", " + row.facts());
            setGraphic(box);
        }
    }

    /**
     * A wrapping label whose height, asked without a width, is that of its lines at its preferred
     * width: a list cell sizes its graphic so, and would otherwise give it one line.
     */
    private static final class RowLabel extends Label {
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 && getPrefWidth() > 0 ? getPrefWidth() : width);
        }
    }

    public Stage stage() {
        return stage;
    }
}
