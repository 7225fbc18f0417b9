package com.counteroffer.ui.clients;

import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.ScrollIntoView;
import com.counteroffer.ui.common.UiContext;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Export (this client or all, CSV or JSON by the file's extension) and import with progress and
 * Cancel. A file with problems imports nothing and its problems are listed in a table right here;
 * offers already saved are skipped, replaced or kept twice as the user chooses.
 */
/**
 * Binds export and import (buttons, progress, Cancel, the problem table) to its {@link ExchangeModel}.
 */
public final class DataExchangeController {

    private final UiContext ui;
    private final ExchangeModel model;

    @FXML private VBox root;
    @FXML private Button exportClientButton;
    @FXML private Button exportAllButton;
    @FXML private Button importButton;
    @FXML private javafx.scene.layout.HBox progressRow;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label status;
    @FXML private VBox problemBox;
    @FXML private Label problemTitle;
    @FXML private TableView<ImportProblem> problemTable;
    @FXML private TableColumn<ImportProblem, String> rowColumn;
    @FXML private TableColumn<ImportProblem, String> fieldColumn;
    @FXML private TableColumn<ImportProblem, String> reasonColumn;

    public DataExchangeController(UiContext ui) {
        this.ui = ui;
        this.model = new ExchangeModel(ui);
    }

    public ExchangeModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.progressProperty().bind(model.progressProperty());
        progressRow.visibleProperty().bind(progress.visibleProperty());
        progressRow.managedProperty().bind(progress.visibleProperty());
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        cancelButton.visibleProperty().bind(model.cancellableProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        problemBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        problemTitle.textProperty().bind(model.problemTitleProperty());
        problemTable.setItems(model.problems());
        model.problems().addListener((javafx.collections.ListChangeListener<ImportProblem>) change -> {
            if (!model.problems().isEmpty()) {
                problemTable.requestFocus();
                // The list appears below the buttons, often below the fold: bring it into sight.
                Platform.runLater(() -> ScrollIntoView.show(problemBox));
            }
        });
        for (Button button : List.of(exportClientButton, exportAllButton, importButton)) {
            button.disableProperty().bind(model.busyProperty());
        }
        rowColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().row()));
        fieldColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().field()));
        reasonColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reason()));
        reasonColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            // A reason can be long; the row grows to show it whole, in the theme's text colour.
            private final javafx.scene.text.Text wrapped = new javafx.scene.text.Text();

            {
                wrapped.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                wrapped.fillProperty().bind(textFillProperty());
                wrapped.fontProperty().bind(fontProperty());
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                wrapped.setText(empty || text == null ? "" : text);
                setGraphic(empty ? null : wrapped);
                setAccessibleText(empty ? null : text);
            }
        });
        problemTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var coachMode = ui.settings().coachModeProperty();
        exportAllButton.visibleProperty().bind(coachMode);
        exportAllButton.managedProperty().bind(exportAllButton.visibleProperty());
        exportClientButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> ui.text(
                coachMode.get() ? "exchange.exportClient" : "exchange.exportMine"), coachMode));
        exportClientButton.accessibleTextProperty().bind(exportClientButton.textProperty());
    }

    @FXML
    void exportClient() {
        model.exportShownClient();
    }

    @FXML
    void exportAll() {
        model.exportAll();
    }

    @FXML
    void importFile() {
        ui.dialogs().openFile(ui.text("exchange.import"), List.of(
                new Dialogs.FileKind("Counteroffer export", "json", "csv"))).ifPresent(model::importFile);
    }

    @FXML
    void cancel() {
        model.cancel();
    }

    public TableView<ImportProblem> problemTable() {
        return problemTable;
    }

    public Label status() {
        return status;
    }
}
