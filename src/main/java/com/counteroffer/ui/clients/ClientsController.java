package com.counteroffer.ui.clients;

import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.domain.client.Client;
import com.counteroffer.store.SessionNoteRepository;
import com.counteroffer.domain.client.SessionNote;
import com.counteroffer.ui.common.ClientData;
import com.counteroffer.ui.common.FxFutures;
import com.counteroffer.ui.common.LiveAssumptions;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** A coach's clients (add, rename, archive, delete with undo, switch) and the current client's session notes. */
public final class ClientsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ClientSwitcher switcher;
    private final ClientRepository clients;
    private final SessionNoteRepository notes;
    private final ClientData clientData;
    private final LiveAssumptions live;
    private final ResourceBundle bundle;
    private Client lastDeleted;

    @FXML private ScrollPane root;
    @FXML private TextField nameField;
    @FXML private ListView<Client> clientList;
    @FXML private Button switchButton;
    @FXML private Button renameButton;
    @FXML private Button archiveButton;
    @FXML private Button deleteButton;
    @FXML private HBox undoBar;
    @FXML private Label undoLabel;
    @FXML private Label clientError;
    @FXML private Label notesTitle;
    @FXML private TextField searchField;
    @FXML private ListView<SessionNote> noteList;
    @FXML private TextArea noteArea;
    @FXML private Label noteError;

    private final com.counteroffer.report.ReportService reports;
    private final java.util.function.Consumer<java.nio.file.Path> opener;
    private ReportTarget reportTarget = this::chooseReportFile;
    private volatile boolean reportCancelled;

    @FXML private javafx.scene.control.ProgressBar reportProgress;
    @FXML private Button cancelReportButton;
    @FXML private Button reportButton;
    @FXML private Label reportStatus;
    @FXML private DataExchangeController exchangeController;

    /** Where the report goes; replaced in tests, where no native dialog can open. */
    @FunctionalInterface
    public interface ReportTarget {
        java.nio.file.Path choose(String suggestedName);
    }

    public void setReportTarget(ReportTarget target) {
        this.reportTarget = target;
    }

    public ClientsController(ClientSwitcher switcher, SessionNoteRepository notes, ClientData clientData,
                             LiveAssumptions live, ResourceBundle bundle, com.counteroffer.report.ReportService reports,
                             java.util.function.Consumer<java.nio.file.Path> opener) {
        this.reports = reports;
        this.opener = opener;
        this.switcher = switcher;
        this.clients = switcher.clients();
        this.notes = notes;
        this.clientData = clientData;
        this.live = live;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        clientList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Client client, boolean empty) {
                super.updateItem(client, empty);
                setText(empty || client == null ? "" : client.name()
                        + (client.id() == clientData.clientId() ? "  " + bundle.getString("clients.current") : "")
                        + (client.archived() ? "  " + bundle.getString("clients.archived") : ""));
            }
        });
        clientList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                switchToSelected();
            }
        });
        var none = clientList.getSelectionModel().selectedItemProperty().isNull();
        for (Button button : List.of(switchButton, renameButton, archiveButton, deleteButton)) {
            button.disableProperty().bind(none);
        }
        nameField.setOnAction(event -> addClient());
        noteList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SessionNote note, boolean empty) {
                super.updateItem(note, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || note == null ? "" : WHEN.format(note.writtenAt()) + " — " + note.text());
            }
        });
        searchField.textProperty().addListener((o, was, now) -> loadNotes());
        noteArea.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                addNote();
                event.consume();
            }
        });
        clientData.clientIdProperty().addListener((o, was, now) -> {
            loadClients();
            loadNotes();
        });
        clientData.clientNameProperty().addListener((o, was, now) -> updateNotesTitle());
        updateNotesTitle();
        reportProgress.managedProperty().bind(reportProgress.visibleProperty());
        cancelReportButton.managedProperty().bind(cancelReportButton.visibleProperty());
        reportButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        hideUndo();
        exchangeController.setOnImported(this::loadClients);
        loadClients();
        loadNotes();
    }

    @FXML
    void addClient() {
        FxFutures.onFx(clients.add(nameField.getText()), client -> {
            nameField.clear();
            clientError.setText("");
            loadClients();
        }, error -> clientError.setText(error.getMessage()));
    }

    @FXML
    void switchToSelected() {
        Client client = clientList.getSelectionModel().getSelectedItem();
        if (client != null) {
            switcher.switchTo(client, error -> clientError.setText(error.getMessage()));
        }
    }

    @FXML
    void renameSelected() {
        Client client = clientList.getSelectionModel().getSelectedItem();
        if (client == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(client.name());
        dialog.setTitle(bundle.getString("clients.rename.title"));
        dialog.setHeaderText(null);
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().ifPresent(name -> rename(client, name));
    }

    /** Renames a client (the dialog's work, and tests'). */
    public void rename(Client client, String name) {
        FxFutures.onFx(clients.rename(client.id(), name), done -> {
            clientError.setText("");
            if (client.id() == clientData.clientId()) {
                clientData.setClientName(name.strip());
            }
            loadClients();
        }, error -> clientError.setText(error.getMessage()));
    }

    @FXML
    void archiveSelected() {
        Client client = clientList.getSelectionModel().getSelectedItem();
        if (client != null) {
            FxFutures.onFx(clients.archive(client.id(), !client.archived()), done -> loadClients(),
                    error -> clientError.setText(error.getMessage()));
        }
    }

    @FXML
    void deleteSelected() {
        Client client = clientList.getSelectionModel().getSelectedItem();
        if (client == null) {
            return;
        }
        if (client.id() == clientData.clientId()) {
            clientError.setText(bundle.getString("clients.cannotDeleteCurrent"));
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, bundle.getString("clients.delete.content"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle(bundle.getString("clients.delete.title"));
        confirm.setHeaderText(MessageFormat.format(bundle.getString("clients.delete.header"), client.name()));
        confirm.initOwner(root.getScene().getWindow());
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            delete(client);
        }
    }

    /** Deletes (hides) a client after confirmation; Undo restores it. */
    public void delete(Client client) {
        FxFutures.onFx(clients.delete(client.id()), done -> {
            lastDeleted = client;
            undoLabel.setText(MessageFormat.format(bundle.getString("clients.deleted"), client.name()));
            undoBar.setVisible(true);
            undoBar.setManaged(true);
            loadClients();
        }, error -> clientError.setText(error.getMessage()));
    }

    @FXML
    void undoDelete() {
        if (lastDeleted != null) {
            FxFutures.onFx(clients.restore(lastDeleted.id()), done -> {
                hideUndo();
                loadClients();
            }, error -> clientError.setText(error.getMessage()));
        }
    }

    @FXML
    void addNote() {
        long clientId = clientData.clientId();
        FxFutures.onFx(notes.add(clientId, noteArea.getText()), note -> {
            noteArea.clear();
            noteError.setText("");
            loadNotes();
        }, error -> noteError.setText(error.getMessage()));
    }

    /** Notes what is being tried right now: the live controls and the profile's market assumptions. */
    @FXML
    void noteAssumptions() {
        List<String> parts = new ArrayList<>();
        if (!live.values().isEmpty()) {
            parts.add(live.describe());
        }
        Profile profile = clientData.profileProperty().get();
        if (profile != null) {
            MarketAssumptions assumptions = profile.assumptions();
            if (!assumptions.appliedPremiums().isEmpty()) {
                parts.add("Premiums applied: " + String.join(", ", assumptions.appliedPremiums()));
            }
            factor(parts, "Location factor", assumptions.location());
            factor(parts, "Sector factor", assumptions.sector());
            factor(parts, "Education factor", assumptions.education());
        }
        noteArea.setText("Assumptions tried: " + (parts.isEmpty() ? "the defaults" : String.join("; ", parts)) + ".");
        addNote();
    }

    private static void factor(List<String> parts, String name, MarketAssumptions.Factor factor) {
        if (factor != null) {
            parts.add(name + " ×" + factor.value().toPlainString() + (factor.reason().isEmpty() ? "" : " (" + factor.reason() + ")"));
        }
    }

    private void loadClients() {
        Long selected = clientList.getSelectionModel().getSelectedItem() == null ? null
                : clientList.getSelectionModel().getSelectedItem().id();
        FxFutures.onFx(clients.list(), list -> {
            clientList.getItems().setAll(list);
            list.stream().filter(c -> selected != null && c.id() == selected).findFirst()
                    .ifPresent(c -> clientList.getSelectionModel().select(c));
        }, error -> clientError.setText(error.getMessage()));
    }

    private void loadNotes() {
        long clientId = clientData.clientId();
        FxFutures.onFx(notes.list(clientId, searchField.getText()), list -> {
            if (clientId == clientData.clientId()) {
                noteList.getItems().setAll(list);
            }
        }, error -> noteError.setText(error.getMessage()));
    }

    private void updateNotesTitle() {
        notesTitle.setText(MessageFormat.format(bundle.getString("clients.notes.title"), clientData.clientNameProperty().get()));
    }

    private void hideUndo() {
        lastDeleted = null;
        undoBar.setVisible(false);
        undoBar.setManaged(false);
    }

    /** Writes the current client's PDF report in the background, with progress; Cancel stops it. */
    @FXML
    void writeReport() {
        String name = clientData.clientNameProperty().get();
        java.nio.file.Path file = reportTarget.choose("Counteroffer report - " + name.replaceAll("[^\\p{L}\\p{N} .-]", "") + ".pdf");
        if (file == null) {
            return;
        }
        reportCancelled = false;
        setReporting(true);
        reportStatus.setText("");
        long clientId = clientData.clientId();
        FxFutures.onFx(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return reports.write(clientId, file, com.counteroffer.report.PdfReport.Paper.A4,
                        (fraction, step) -> javafx.application.Platform.runLater(() -> {
                            reportProgress.setProgress(fraction);
                            reportStatus.setText(step);
                        }), () -> reportCancelled);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
            }
        }), pages -> {
                    setReporting(false);
                    reportStatus.setText(MessageFormat.format(bundle.getString("clients.report.done"), file, pages));
                    opener.accept(file);
                }, error -> {
                    setReporting(false);
                    reportStatus.setText(reportCancelled ? bundle.getString("clients.report.cancelled")
                            : "Could not write the report: " + error.getMessage());
                });
    }

    @FXML
    void cancelReport() {
        reportCancelled = true;
    }

    private void setReporting(boolean busy) {
        reportProgress.setVisible(busy);
        reportProgress.setProgress(busy ? 0 : 1);
        cancelReportButton.setVisible(busy);
        reportButton.setDisable(busy);
    }

    private java.nio.file.Path chooseReportFile(String suggestedName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    public ListView<Client> clientList() {
        return clientList;
    }

    public DataExchangeController exchange() {
        return exchangeController;
    }

    public ListView<SessionNote> noteList() {
        return noteList;
    }
}
