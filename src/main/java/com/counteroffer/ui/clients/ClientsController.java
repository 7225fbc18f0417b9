package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.Client;
import com.counteroffer.report.ReportService;
import com.counteroffer.ui.common.DraftHolder;
import com.counteroffer.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** Binds the Clients screen (clients, report, exchange and notes parts) to its models. */
public final class ClientsController implements DraftHolder {

    private final UiContext ui;
    private final ClientsModel model;

    @FXML private TextField nameField;
    @FXML private ListView<Client> clientList;
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
        clientList.setItems(model.clients());
        clientList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Client client, boolean empty) {
                super.updateItem(client, empty);
                setText(empty || client == null ? "" : ui.privacy().clientLabel(client.name())
                        + (client.id() == ui.session().clientId() ? "  " + ui.text("clients.current") : "")
                        + (client.archived() ? "  " + ui.text("clients.archived") : ""));
            }
        });
        ui.privacy().onProperty().addListener((o, was, now) -> clientList.refresh());
        clientList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != clientList.getSelectionModel().getSelectedItem()) {
                clientList.getSelectionModel().select(now);
            }
        });
        clientList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.switchToSelected();
            }
        });
        var none = model.selectedProperty().isNull();
        for (Button button : List.of(switchButton, renameButton, archiveButton, deleteButton)) {
            button.disableProperty().bind(none);
        }
        // Renaming shows the full name to edit it: not while the screen is shared.
        renameButton.disableProperty().bind(none.or(ui.privacy().onProperty()));
        nameField.textProperty().bindBidirectional(model.newNameProperty());
        nameField.setOnAction(event -> addClient());
        clientError.textProperty().bind(model.errorProperty());
        undoLabel.textProperty().bind(model.undoTextProperty());
        undoBar.visibleProperty().bind(model.undoTextProperty().isNotEmpty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
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

    public ListView<Client> clientList() {
        return clientList;
    }

    public DataExchangeController exchange() {
        return exchangeController;
    }

    public NotesController notes() {
        return notesController;
    }
}
