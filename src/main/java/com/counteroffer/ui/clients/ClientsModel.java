package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.Client;
import com.counteroffer.report.PdfReport;
import com.counteroffer.report.ReportService;
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
 * The Clients screen: a coach's clients (add, rename, archive, delete with undo, switch) and the
 * shown client's PDF report, written in the background with progress and Cancel.
 */
public final class ClientsModel {

    private final UiContext ui;
    private final ReportService reports;
    private final Consumer<Path> opener;
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
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
            hideUndo();
            error.set("");
            if (!reporting.get()) {
                reportStatus.set("");
            }
            load();
        });
        ui.services().changes().listen(change -> {
            if (change instanceof com.counteroffer.service.DataChange.Clients
                    || change instanceof com.counteroffer.service.DataChange.Everything) {
                ui.tasks().onUi(this::load);
            }
        });
        load();
    }

    public void load() {
        Long keep = selected.get() == null ? null : selected.get().id();
        ui.tasks().run(progress -> ui.services().clients().list(), list -> {
            clients.setAll(list);
            selected.set(list.stream().filter(c -> keep != null && c.id() == keep).findFirst().orElse(null));
        }, problem -> error.set(problem.getMessage()));
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

    /** Deletes (hides) a client after the coach confirmed; Undo brings it back. The shown client can't be deleted. */
    public void delete(Client client) {
        if (client.id() == ui.session().clientId()) {
            error.set(ui.text("clients.cannotDeleteCurrent"));
            return;
        }
        ui.tasks().run(progress -> {
            ui.services().clients().delete(client.id());
            return null;
        }, done -> {
            lastDeleted = client;
            undoText.set(ui.text("clients.deleted", ui.privacy().clientLabel(client.name())));
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
        report = ui.tasks().run(progress -> reports.write(client, file, PdfReport.Paper.A4,
                progress::update, progress::cancelled), pages -> {
                    reporting.set(false);
                    reportStatus.set(ui.text("clients.report.done", ui.privacy().file(file, ui.text("privacy.file")), pages));
                    opener.accept(file);
                }, problem -> {
                    reporting.set(false);
                    reportStatus.set(problem instanceof CancellationException ? ui.text("clients.report.cancelled")
                            : "Could not write the report: " + problem.getMessage());
                }, new TaskRunner.Progress() {
                    @Override
                    public void update(double fraction, String step) {
                        reportProgress.set(fraction);
                        reportStatus.set(step);
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

    public ObservableList<Client> clients() {
        return clients;
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
