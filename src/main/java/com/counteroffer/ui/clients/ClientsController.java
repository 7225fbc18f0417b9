package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.report.ReportService;
import com.counteroffer.service.Attention;
import com.counteroffer.service.ClientOverview;
import com.counteroffer.service.EraseService;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import com.counteroffer.ui.common.DraftHolder;
import com.counteroffer.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** Binds the Clients screen (needs attention, clients, erase, report, exchange and notes parts) to its models. */
public final class ClientsController implements DraftHolder {

    private final UiContext ui;
    private final ClientsModel model;
    private com.counteroffer.ui.common.UndoBanner undoBanner;

    @FXML private javafx.scene.Node root;
    @FXML private TextField nameField;
    @FXML private ListView<Attention> attentionList;
    @FXML private Label attentionEmpty;
    /** The rows the list made, to measure; the list's own cell sizes are not public. */
    @FXML private CheckBox showArchivedBox;
    @FXML private TableView<ClientOverview> clientTable;
    @FXML private TableColumn<ClientOverview, String> nameColumn;
    @FXML private TableColumn<ClientOverview, String> levelColumn;
    @FXML private TableColumn<ClientOverview, Integer> offersColumn;
    @FXML private TableColumn<ClientOverview, String> deadlineColumn;
    @FXML private TableColumn<ClientOverview, String> lastSessionColumn;
    @FXML private Button eraseButton;
    @FXML private VBox eraseBox;
    @FXML private Label eraseStatus;
    @FXML private VBox heldBackupBox;
    @FXML private Button deleteBackupsButton;
    @FXML private Button switchButton;
    @FXML private Button renameButton;
    @FXML private Button archiveButton;
    @FXML private Button deleteButton;
    @FXML private HBox undoBar;
    @FXML private Label undoLabel;
    @FXML private Label clientError;
    @FXML private ProgressBar reportProgress;
    @FXML private Button cancelReportButton;
    @FXML private Button reportButton;
    @FXML private Label reportStatus;
    @FXML private DataExchangeController exchangeController;
    @FXML private NotesController notesController;

    public ClientsController(UiContext ui, ReportService reports, Consumer<Path> opener) {
        this.ui = ui;
        this.model = new ClientsModel(ui, reports, opener);
    }

    public ClientsModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        new AttentionList(ui, model, attentionList, attentionEmpty).bind();
        bindTable();
        showArchivedBox.selectedProperty().bindBidirectional(model.showArchivedProperty());
        ui.privacy().onProperty().addListener((o, was, now) -> {
            clientTable.refresh();
            attentionList.refresh();
        });
        var none = model.selectedProperty().isNull();
        for (Button button : List.of(switchButton, renameButton, archiveButton, deleteButton, eraseButton)) {
            button.disableProperty().bind(none);
        }
        // Renaming shows the full name to edit it: not while the screen is shared.
        renameButton.disableProperty().bind(none.or(ui.privacy().onProperty()));
        nameField.textProperty().bindBidirectional(model.newNameProperty());
        nameField.setOnAction(event -> addClient());
        clientError.textProperty().bind(model.errorProperty());
        clientError.managedProperty().bind(model.errorProperty().isNotEmpty());
        // When the banner goes (its time ran out, the next action, another screen) the deleted client is erased.
        undoBanner = com.counteroffer.ui.common.UndoBanner.bind(root, undoBar, undoLabel, model.undoTextProperty(),
                this::undoDelete, model::endUndoWindow, ui.settings().undoWindowProperty());
        eraseStatus.textProperty().bind(model.eraseStatusProperty());
        eraseBox.visibleProperty().bind(model.eraseStatusProperty().isNotEmpty());
        eraseBox.managedProperty().bind(eraseBox.visibleProperty());
        deleteBackupsButton.visibleProperty().bind(Bindings.isNotEmpty(model.heldBackups()));
        deleteBackupsButton.managedProperty().bind(deleteBackupsButton.visibleProperty());
        model.heldBackups().addListener((javafx.collections.ListChangeListener<EraseService.HeldBackup>) change ->
                showHeldBackups());
        reportProgress.visibleProperty().bind(model.reportingProperty());
        reportProgress.managedProperty().bind(reportProgress.visibleProperty());
        reportProgress.progressProperty().bind(model.reportProgressProperty());
        cancelReportButton.visibleProperty().bind(model.reportingProperty());
        cancelReportButton.managedProperty().bind(cancelReportButton.visibleProperty());
        reportButton.disableProperty().bind(model.reportingProperty());
        reportButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reportStatus.textProperty().bind(model.reportStatusProperty());
    }

    @FXML
    void addClient() {
        undoBanner.endIfShown();
        model.add();
    }

    @FXML
    void switchToSelected() {
        model.switchToSelected();
    }

    @FXML
    void renameSelected() {
        Client client = model.selectedProperty().get();
        if (client != null) {
            ui.dialogs().askText(ui.text("clients.rename.title"), null, client.name())
                    .ifPresent(name -> model.rename(client, name));
        }
    }

    @FXML
    void archiveSelected() {
        undoBanner.endIfShown();
        model.archiveSelected();
    }

    @FXML
    void deleteSelected() {
        Client client = model.selectedProperty().get();
        if (client != null && ui.dialogs().confirm(ui.text("clients.delete.title"),
                ui.text("clients.delete.header", ui.privacy().clientLabel(client.name())), ui.text("clients.delete.content"),
                ui.text("clients.delete"))) {
            model.delete(client);
        }
    }

    @FXML
    void undoDelete() {
        model.undoDelete();
    }

    @FXML
    void eraseDeletedNow() {
        model.eraseDeletedNow();
    }

    @FXML
    void eraseSelected() {
        Client client = model.selectedProperty().get();
        if (client != null && ui.dialogs().confirm(ui.text("clients.erase.title"),
                ui.text("clients.erase.header", ui.privacy().clientLabel(client.name())), ui.text("clients.erase.content"),
                ui.text("clients.erase.confirm"))) {
            model.erase(client);
        }
    }

    @FXML
    void deleteHeldBackups() {
        model.deleteHeldBackups();
    }

    /** The clients with their facts; Enter switches to the selected one. */
    private void bindTable() {
        clientTable.setItems(model.rows());
        clientTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Wide enough for their headings and values at any text scale (the table scrolls sideways if need be).
        for (TableColumn<ClientOverview, ?> column : List.of(nameColumn, levelColumn, offersColumn, deadlineColumn,
                lastSessionColumn)) {
            column.setMinWidth(new javafx.scene.text.Text(column.getText()).getLayoutBounds().getWidth() + 36);
        }
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(ui.privacy().clientLabel(cell.getValue().client().name())
                + (cell.getValue().client().id() == ui.session().clientId() ? "  " + ui.text("clients.current") : "")
                + (cell.getValue().client().archived() ? "  " + ui.text("clients.archived") : "")));
        // A long name wraps onto more lines of its row instead of ending in "…"; the column is at least
        // as wide as the longest word of any name, so no word is broken.
        // (A wrapping cell text would not make its row taller: the name is a wrapping Text in the cell.)
        nameColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text name = new javafx.scene.text.Text();

            {
                name.wrappingWidthProperty().bind(nameColumn.widthProperty()
                        .subtract(javafx.beans.binding.Bindings.createDoubleBinding(
                                () -> snappedLeftInset() + snappedRightInset() + 2, insetsProperty())));
                name.fillProperty().bind(textFillProperty());
                name.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                name.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : name);
                setAccessibleText(empty ? null : item);
                if (!empty && item != null) {
                    javafx.scene.text.Text probe = new javafx.scene.text.Text();
                    probe.setFont(getFont());
                    double widest = 0;
                    for (String word : item.split("\\s+")) {
                        probe.setText(word);
                        widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                    }
                    double needed = widest + snappedLeftInset() + snappedRightInset() + 4;
                    if (needed > nameColumn.getMinWidth()) {
                        nameColumn.setMinWidth(needed);
                    }
                }
            }
        });
        levelColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().level()));
        offersColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().offerCount()));
        deadlineColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().nextDeadline().map(Dates::format).orElse("")));
        lastSessionColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().lastSession().map(Dates::format).orElse("")));
        clientTable.setRowFactory(table -> {
            TableRow<ClientOverview> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    model.selectedProperty().set(row.getItem().client());
                    model.switchToSelected();
                }
            });
            return row;
        });
        clientTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.selectedProperty().set(now == null ? null : now.client()));
        model.selectedProperty().addListener((o, was, now) -> {
            ClientOverview shown = clientTable.getSelectionModel().getSelectedItem();
            if (now == null ? shown != null : shown == null || shown.client().id() != now.id()) {
                model.rows().stream().filter(row -> now != null && row.client().id() == now.id()).findFirst()
                        .ifPresentOrElse(row -> clientTable.getSelectionModel().select(row),
                                () -> clientTable.getSelectionModel().clearSelection());
            }
        });
        clientTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.switchToSelected();
                event.consume();
            }
        });
    }

    private void showHeldBackups() {
        heldBackupBox.getChildren().clear();
        ZoneId zone = ZoneId.systemDefault();
        for (EraseService.HeldBackup backup : model.heldBackups()) {
            Label line = new Label(Dates.formatDateTime(backup.takenAt().atZone(zone)) + " — " + backup.file());
            line.setWrapText(true);
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            heldBackupBox.getChildren().add(line);
        }
    }

    /** Writes the shown client's PDF report in the background, with progress; Cancel stops it. */
    @FXML
    void writeReport() {
        model.writeReport();
    }

    @FXML
    void cancelReport() {
        model.cancelReport();
    }

    @Override
    public boolean releaseDrafts() {
        return notesController.releaseDrafts();
    }

    public TableView<ClientOverview> clientTable() {
        return clientTable;
    }

    public ListView<Attention> attentionList() {
        return attentionList;
    }

    public DataExchangeController exchange() {
        return exchangeController;
    }

    public NotesController notes() {
        return notesController;
    }
}
