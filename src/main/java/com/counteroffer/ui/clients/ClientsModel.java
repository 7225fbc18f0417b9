package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.Client;
import com.counteroffer.report.PdfReport;
import com.counteroffer.service.Attention;
import com.counteroffer.service.ClientOverview;
import com.counteroffer.service.DataChange;
import com.counteroffer.service.EraseService;
import com.counteroffer.report.ReportService;
import com.counteroffer.service.ClientOverviewService;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.TaskRunner;
import com.counteroffer.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Clients screen: a coach's clients with their level, offers, next deadline and last session
 * (archived ones only when asked), what needs attention across them, add, rename, archive, delete
 * with Undo and then erase, switch; and the shown client's PDF report, written in the background
 * with progress and Cancel.
 *
 * <p>Transient state, cleared when another client is shown: {@link #errorProperty() error}, {@link
 * #undoTextProperty() the undo banner} (its end erases the deleted client), {@link
 * #eraseStatusProperty() what an erase said} with {@link #heldBackups() the backups that still hold
 * the client}, and {@link #reportStatusProperty() the report's status}.
 */
public final class ClientsModel {

    private final UiContext ui;
    private final ReportService reports;
    private final Consumer<Path> opener;
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObservableList<ClientOverview> rows = FXCollections.observableArrayList();
    private final ObservableList<Attention> attention = FXCollections.observableArrayList();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived", false);
    private final StringProperty eraseStatus = new SimpleStringProperty(this, "eraseStatus", "");
    private final ObservableList<EraseService.HeldBackup> heldBackups = FXCollections.observableArrayList();
    private List<ClientOverview> allRows = List.of();
    private final ObjectProperty<Client> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final BooleanProperty reporting = new SimpleBooleanProperty(this, "reporting");
    private final DoubleProperty reportProgress = new SimpleDoubleProperty(this, "reportProgress");
    private final StringProperty reportStatus = new SimpleStringProperty(this, "reportStatus", "");
    private Client lastDeleted;
    private TaskRunner.Task report;

    public ClientsModel(UiContext ui, ReportService reports, Consumer<Path> opener) {
        this.ui = ui;
        this.reports = reports;
        this.opener = opener;
        ui.session().clientIdProperty().addListener((o, was, now) -> {
            // What was said about the last client (a deletion, a report) does not describe this one.
            endUndoWindow();
            error.set("");
            eraseStatus.set("");
            heldBackups.clear();
            reportStatus.set("");
            load(now.longValue());
        });
        ui.services().changes().listen(change -> {
            // The list's facts and what needs attention come from clients, offers and notes alike.
            if (change instanceof DataChange.Clients || change instanceof DataChange.Everything
                    || change instanceof DataChange.Offers || change instanceof DataChange.Notes
                    || change instanceof DataChange.Profile) {
                ui.tasks().onUi(this::load);
            }
        });
        showArchived.addListener((o, was, now) -> showRows(selected.get() == null ? null : selected.get().id()));
        load();
    }

    /** Reads the clients' facts and what needs attention. */
    public void load() {
        load(selected.get() == null ? null : selected.get().id());
    }

    /**
     * Reads the clients' facts and what needs attention, then selects {@code keep}. In coach mode an
     * unused built-in client is left out (unless it is the one shown).
     */
    private void load(Long keep) {
        boolean coach = ui.settings().coachModeProperty().get();
        long shown = ui.session().clientId();
        ui.tasks().run(progress -> new Loaded(ClientOverviewService.listed(ui.services().overviews().overview(), coach,
                shown), ui.services().overviews().attention()), loaded -> {
                    allRows = loaded.rows();
                    attention.setAll(loaded.attention());
                    showRows(keep);
                }, problem -> error.set(problem.getMessage()));
    }

    private record Loaded(List<ClientOverview> rows, List<Attention> attention) {
    }

    /** The clients listed: archived ones only when asked (the shown client always). */
    private void showRows(Long keep) {
        List<ClientOverview> shown = allRows.stream().filter(row -> showArchived.get() || !row.client().archived()
                || row.client().id() == ui.session().clientId()).toList();
        rows.setAll(shown);
        clients.setAll(shown.stream().map(ClientOverview::client).toList());
        selected.set(clients.stream().filter(c -> keep != null && c.id() == keep).findFirst().orElse(null));
    }

    /** Shows the client a "needs attention" row is about. */
    public void open(Attention item) {
        Client client = item.client();
        if (client.id() != ui.session().clientId()) {
            ui.session().switchTo(client, problem -> error.set(problem.getMessage()));
        }
    }

    public void add() {
        String name = newName.get();
        ui.tasks().run(progress -> ui.services().clients().add(name), client -> {
            newName.set("");
            error.set("");
        }, problem -> error.set(problem.getMessage()));
    }

    public void switchToSelected() {
        Client client = selected.get();
        if (client != null) {
            ui.session().switchTo(client, problem -> error.set(problem.getMessage()));
        }
    }

    public void rename(Client client, String name) {
        ui.tasks().run(progress -> {
            ui.services().clients().rename(client.id(), name);
            return null;
        }, done -> error.set(""), problem -> error.set(problem.getMessage()));
    }

    public void archiveSelected() {
        Client client = selected.get();
        if (client != null) {
            ui.tasks().run(progress -> {
                ui.services().clients().archive(client.id(), !client.archived());
                return null;
            }, done -> { }, problem -> error.set(problem.getMessage()));
        }
    }

    /**
     * Deletes (hides) a client after the coach confirmed; Undo brings it back until the undo window
     * ends, which erases it. The shown client can't be deleted.
     */
    public void delete(Client client) {
        if (client.id() == ui.session().clientId()) {
            error.set(ui.text("clients.cannotDeleteCurrent"));
            return;
        }
        if (client.id() == com.counteroffer.service.ClientService.DEFAULT_CLIENT_ID) {
            // Every store keeps it (the window opens on it); deleted, it would come back at the next start.
            error.set(ui.text("clients.cannotDeleteDefault", ui.privacy().clientLabel(client.name())));
            return;
        }
        endUndoWindow();
        ui.tasks().run(progress -> {
            ui.services().clients().delete(client.id());
            return null;
        }, done -> {
            lastDeleted = client;
            undoText.set(ui.text("clients.deleted", ui.privacy().clientLabel(client.name())));
        }, problem -> error.set(problem.getMessage()));
    }

    /** The undo window of a deleted client ended (time ran out, another delete, a switch): it is erased. */
    public void endUndoWindow() {
        Client client = lastDeleted;
        hideUndo();
        if (client != null) {
            erase(client);
        }
    }

    /** Erases the client just deleted, without waiting for its undo window to end. */
    public void eraseDeletedNow() {
        endUndoWindow();
    }

    /**
     * Erases a client at once for a data-removal request (after the coach confirmed): its rows go
     * from the database and the file is compacted; the backups that still hold it are listed.
     */
    public void erase(Client client) {
        if (client.id() == ui.session().clientId()) {
            error.set(ui.text("clients.cannotEraseCurrent"));
            return;
        }
        if (lastDeleted != null && lastDeleted.id() == client.id()) {
            hideUndo();
        }
        ui.tasks().run(progress -> ui.services().erase().erase(client), erased -> {
            heldBackups.setAll(erased.backups());
            eraseStatus.set(erased.backups().isEmpty() ? ui.text("clients.erased.clean", ui.privacy().clientLabel(client.name()))
                    : ui.text("clients.erased.backups", ui.privacy().clientLabel(client.name()), erased.backups().size()));
        }, problem -> error.set(problem.getMessage()));
    }

    /** Deletes the backups the last erase listed. */
    public void deleteHeldBackups() {
        List<EraseService.HeldBackup> backups = List.copyOf(heldBackups);
        ui.tasks().run(progress -> {
            ui.services().erase().deleteBackups(backups);
            return null;
        }, done -> {
            heldBackups.clear();
            eraseStatus.set(ui.text("clients.erased.backupsDeleted", backups.size()));
        }, problem -> error.set(problem.getMessage()));
    }

    public void undoDelete() {
        Client client = lastDeleted;
        if (client != null) {
            ui.tasks().run(progress -> {
                ui.services().clients().restore(client.id());
                return null;
            }, done -> hideUndo(), problem -> error.set(problem.getMessage()));
        }
    }

    private void hideUndo() {
        lastDeleted = null;
        undoText.set("");
    }

    /** Asks where to save the shown client's report, then writes it there (see {@link #writeReport(Path)}). */
    public void writeReport() {
        ui.dialogs().saveFile(ui.text("clients.report"), reportFileName(),
                List.of(new Dialogs.FileKind("PDF report", "pdf"))).ifPresent(this::writeReport);
    }

    /** Writes the shown client's report to {@code file} in the background; Cancel stops it, leaving no file. */
    public void writeReport(Path file) {
        long client = ui.session().clientId();
        reporting.set(true);
        reportProgress.set(0);
        reportStatus.set("");
        // Once another client is shown, a finished report is neither announced nor opened: it names its client.
        Consumer<Integer> done = ui.session().whileShown(client, pages -> {
            reportStatus.set(ui.text("clients.report.done", ui.privacy().file(file, ui.text("privacy.file")), pages));
            opener.accept(file);
        });
        Consumer<Throwable> failed = ui.session().whileShown(client, problem -> reportStatus.set(
                problem instanceof CancellationException ? ui.text("clients.report.cancelled")
                        : "Could not write the report: " + problem.getMessage()));
        report = ui.tasks().run(progress -> reports.write(client, file, PdfReport.Paper.A4,
                progress::update, progress::cancelled), pages -> {
                    reporting.set(false);
                    done.accept(pages);
                }, problem -> {
                    reporting.set(false);
                    failed.accept(problem);
                }, new TaskRunner.Progress() {
                    @Override
                    public void update(double fraction, String step) {
                        reportProgress.set(fraction);
                        if (client == ui.session().clientId()) {
                            reportStatus.set(step);
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
    }

    public void cancelReport() {
        if (report != null) {
            report.cancel();
        }
    }

    /** The file name a report for the shown client is offered under. */
    public String reportFileName() {
        // The save dialog is on the shared screen too: initials while privacy mode is on.
        String name = ui.privacy().isOn() ? Privacy.initials(ui.session().clientNameProperty().get()).replace(".", "")
                : ui.session().clientNameProperty().get();
        return "Counteroffer report - " + name.replaceAll("[^\\p{L}\\p{N} .-]", "")
                + ".pdf";
    }

    /** The clients listed (archived ones only when {@link #showArchivedProperty()}). */
    public ObservableList<Client> clients() {
        return clients;
    }

    /** The clients listed, with their level, offers, next deadline and last session. */
    public ObservableList<ClientOverview> rows() {
        return rows;
    }

    /** Overdue action items and offer deadlines within a week, across clients, soonest first. */
    public ObservableList<Attention> attention() {
        return attention;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    /** What the last erase did, or empty. */
    public StringProperty eraseStatusProperty() {
        return eraseStatus;
    }

    /** The backups that still hold the client last erased (empty once deleted). */
    public ObservableList<EraseService.HeldBackup> heldBackups() {
        return heldBackups;
    }

    public ObjectProperty<Client> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public BooleanProperty reportingProperty() {
        return reporting;
    }

    public DoubleProperty reportProgressProperty() {
        return reportProgress;
    }

    public StringProperty reportStatusProperty() {
        return reportStatus;
    }
}
