package com.counteroffer.ui.clients;

import com.counteroffer.data.AtomicFiles;
import com.counteroffer.data.ClientBundle;
import com.counteroffer.data.ExportJson;
import com.counteroffer.data.ImportBatch;
import com.counteroffer.data.ImportException;
import com.counteroffer.data.ImportProblem;
import com.counteroffer.data.ImportReader;
import com.counteroffer.data.OfferCsv;
import com.counteroffer.store.DataExchange;
import com.counteroffer.store.DataExchange.Duplicate;
import com.counteroffer.store.DataExchange.DuplicateChoice;
import com.counteroffer.ui.common.ClientData;
import com.counteroffer.ui.common.FxFutures;
import com.counteroffer.ui.common.ScrollIntoView;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Export (this client or all, CSV or JSON by the file's extension) and import with progress and
 * Cancel. A file with problems imports nothing and its problems are listed in a table right here;
 * offers already saved are skipped, replaced or kept twice as the user chooses.
 */
public final class DataExchangeController {

    /** Where files come from and go; replaced in tests, where no native dialog can open. */
    public interface FilePicker {
        Path save(String suggestedName);

        Path open();
    }

    private final DataExchange exchange;
    private final ClientData clientData;
    private final ClientSwitcher switcher;
    private final Executor io;
    private final ResourceBundle bundle;
    private FilePicker picker = new NativePicker();
    private Function<List<Duplicate>, Optional<DuplicateChoice>> duplicateChooser = this::askAboutDuplicates;
    private Runnable onImported = () -> { };
    private volatile boolean cancelled;

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

    private final javafx.beans.value.ObservableBooleanValue coachMode;

    /** @param coachMode with it, "Export all clients…" is offered and "this client" named as such */
    public DataExchangeController(DataExchange exchange, ClientData clientData, ClientSwitcher switcher, Executor io,
                                  ResourceBundle bundle, javafx.beans.value.ObservableBooleanValue coachMode) {
        this.coachMode = coachMode;
        this.exchange = exchange;
        this.clientData = clientData;
        this.switcher = switcher;
        this.io = io;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        progress.managedProperty().bind(progress.visibleProperty());
        progressRow.visibleProperty().bind(progress.visibleProperty());
        progressRow.managedProperty().bind(progress.visibleProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        problemBox.setVisible(false);
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
        exportAllButton.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(coachMode::get, coachMode));
        exportAllButton.managedProperty().bind(exportAllButton.visibleProperty());
        exportClientButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> bundle.getString(
                coachMode.get() ? "exchange.exportClient" : "exchange.exportMine"), coachMode));
        exportClientButton.accessibleTextProperty().bind(exportClientButton.textProperty());
    }

    public void setFilePicker(FilePicker picker) {
        this.picker = picker;
    }

    public void setDuplicateChooser(Function<List<Duplicate>, Optional<DuplicateChoice>> chooser) {
        this.duplicateChooser = chooser;
    }

    /** Called after an import saved something, e.g. to refresh the list of clients. */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    @FXML
    void exportClient() {
        export(Optional.of(clientData.clientId()), safeName(clientData.clientNameProperty().get()));
    }

    @FXML
    void exportAll() {
        export(Optional.empty(), "all clients");
    }

    private void export(Optional<Long> only, String what) {
        Path file = picker.save("Counteroffer - " + what + ".json");
        if (file == null) {
            return;
        }
        boolean json = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        start(false); // an export takes a moment and nothing is half-done by it: no Cancel
        CompletableFuture<String> written = exchange.export(only).thenApplyAsync(clients -> {
            write(file, json ? ExportJson.write(clients) : OfferCsv.write(clients, true));
            return ClientBundle.describe(clients, json);
        }, io);
        FxFutures.onFx(written, summary -> {
            finish();
            status.setText(MessageFormat.format(bundle.getString("exchange.exported"), summary, file));
        }, this::failed);
    }

    @FXML
    void importFile() {
        Path file = picker.open();
        if (file == null) {
            return;
        }
        start(true);
        CompletableFuture<ImportBatch> read = CompletableFuture.supplyAsync(() -> ImportReader.read(file,
                (fraction, step) -> report(fraction * 0.5, step), () -> cancelled), io);
        DataExchange.Target target = new DataExchange.Target(clientData.clientId(), false);
        FxFutures.onFx(read.thenCompose(batch -> exchange.duplicates(batch, target)
                .thenApply(duplicates -> new Checked(batch, duplicates))), checked -> {
                    DuplicateChoice choice = DuplicateChoice.KEEP_BOTH;
                    if (!checked.duplicates().isEmpty()) {
                        Optional<DuplicateChoice> chosen = duplicateChooser.apply(checked.duplicates());
                        if (chosen.isEmpty()) {
                            finish();
                            status.setText(bundle.getString("exchange.cancelled"));
                            return;
                        }
                        choice = chosen.get();
                    }
                    save(checked.batch(), target, choice);
                }, this::failed);
    }

    private record Checked(ImportBatch batch, List<Duplicate> duplicates) {
    }

    private void save(ImportBatch batch, DataExchange.Target target, DuplicateChoice choice) {
        FxFutures.onFx(exchange.importBatch(batch, target, choice, (fraction, step) -> report(0.5 + fraction * 0.5, step),
                () -> cancelled), outcome -> {
                    finish();
                    status.setText(outcome.summary(batch));
                    switcher.reloadCurrent(this::failed);
                    onImported.run();
                }, this::failed);
    }

    @FXML
    void cancel() {
        cancelled = true;
        cancelButton.setDisable(true);
    }

    private void failed(Throwable error) {
        Throwable cause = FxFutures.unwrap(error);
        finish();
        if (cause instanceof ImportException problems) {
            status.setText("");
            problemTitle.setText(MessageFormat.format(bundle.getString("exchange.problems.title"),
                    problems.problems().size(), problems.origin()));
            problemTable.getItems().setAll(problems.problems());
            problemBox.setVisible(true);
            problemTable.requestFocus();
            // The list appears below the buttons, often below the fold: bring it into sight.
            Platform.runLater(() -> ScrollIntoView.show(problemBox));
        } else if (cause instanceof CancellationException) {
            status.setText(bundle.getString("exchange.cancelled"));
        } else {
            status.setText(MessageFormat.format(bundle.getString("exchange.failed"), cause.getMessage()));
        }
    }

    private void report(double fraction, String step) {
        Platform.runLater(() -> {
            progress.setProgress(fraction);
            status.setText(step);
        });
    }

    private void start(boolean cancellable) {
        cancelled = false;
        status.setText("");
        problemBox.setVisible(false);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setVisible(true);
        cancelButton.setVisible(cancellable);
        cancelButton.setDisable(false);
        for (Button button : List.of(exportClientButton, exportAllButton, importButton)) {
            button.setDisable(true);
        }
    }

    private void finish() {
        progress.setVisible(false);
        cancelButton.setVisible(false);
        for (Button button : List.of(exportClientButton, exportAllButton, importButton)) {
            button.setDisable(false);
        }
    }

    private Optional<DuplicateChoice> askAboutDuplicates(List<Duplicate> duplicates) {
        ButtonType skip = new ButtonType(bundle.getString("exchange.duplicates.skip"), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(bundle.getString("exchange.duplicates.replace"), ButtonBar.ButtonData.NO);
        ButtonType keepBoth = new ButtonType(bundle.getString("exchange.duplicates.keepBoth"), ButtonBar.ButtonData.OTHER);
        List<String> shown = duplicates.stream().limit(12).map(Duplicate::describe).toList();
        String list = String.join("\n", shown) + (duplicates.size() > shown.size()
                ? "\n… and " + (duplicates.size() - shown.size()) + " more" : "");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, list, skip, replace, keepBoth, ButtonType.CANCEL);
        alert.setTitle(bundle.getString("exchange.duplicates.title"));
        alert.setHeaderText(MessageFormat.format(bundle.getString("exchange.duplicates.header"), duplicates.size()));
        alert.initOwner(root.getScene().getWindow());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == skip ? DuplicateChoice.SKIP
                : answer.get() == replace ? DuplicateChoice.REPLACE : DuplicateChoice.KEEP_BOTH);
    }

    private static void write(Path target, String text) {
        try {
            AtomicFiles.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static String safeName(String name) {
        return name == null ? "client" : name.replaceAll("[^\\p{L}\\p{N} .-]", "");
    }

    public TableView<ImportProblem> problemTable() {
        return problemTable;
    }

    public Label status() {
        return status;
    }

    private final class NativePicker implements FilePicker {
        @Override
        public Path save(String suggestedName) {
            FileChooser chooser = chooser();
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            return file == null ? null : file.toPath();
        }

        @Override
        public Path open() {
            FileChooser chooser = chooser();
            chooser.getExtensionFilters().add(0,
                    new FileChooser.ExtensionFilter("Counteroffer export (*.json, *.csv)", "*.json", "*.csv"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            return file == null ? null : file.toPath();
        }

        private FileChooser chooser() {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("JSON: whole clients (*.json)", "*.json"),
                    new FileChooser.ExtensionFilter("CSV: offers, for spreadsheets (*.csv)", "*.csv"));
            return chooser;
        }
    }
}
