package com.counteroffer.ui.clients;

import com.counteroffer.domain.exchange.Duplicate;
import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.exchange.ImportTarget;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.service.ExchangeService;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.TaskRunner;
import com.counteroffer.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Export (this client or all; CSV or JSON by the file's extension) and import with progress and
 * Cancel. A file with problems imports nothing and its problems are listed; offers already saved
 * are skipped, replaced or kept twice as the user chooses.
 */
public final class ExchangeModel {

    private final UiContext ui;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty cancellable = new SimpleBooleanProperty(this, "cancellable");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty problemTitle = new SimpleStringProperty(this, "problemTitle", "");
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private TaskRunner.Task running;

    public ExchangeModel(UiContext ui) {
        this.ui = ui;
        ui.session().clientIdProperty().addListener((o, was, now) -> {
            status.set("");
            problems.clear();
            problemTitle.set("");
        });
    }

    /** Asks where to export the shown client, then writes it there. */
    public void exportShownClient() {
        String name = ui.session().clientNameProperty().get();
        if (name != null && ui.privacy().isOn()) {
            name = com.counteroffer.ui.common.Privacy.initials(name).replace(".", ""); // the dialog is on the shared screen
        }
        saveTo("Counteroffer - " + (name == null ? "client" : name.replaceAll("[^\\p{L}\\p{N} .-]", "")) + ".json")
                .ifPresent(file -> export(Optional.of(ui.session().clientId()), file));
    }

    /** Asks where to export every client, then writes them there. */
    public void exportAll() {
        saveTo("Counteroffer - all clients.json").ifPresent(file -> export(Optional.empty(), file));
    }

    private Optional<Path> saveTo(String suggested) {
        return ui.dialogs().saveFile(ui.text("exchange.title"), suggested, List.of(
                new Dialogs.FileKind("JSON: whole clients", "json"),
                new Dialogs.FileKind("CSV: offers, for spreadsheets", "csv")));
    }

    /** Writes one client (or every client when {@code onlyClient} is empty) to the file, as its extension says. */
    public void export(Optional<Long> onlyClient, Path file) {
        ExchangeService.Format format = ExchangeService.Format.ofFile(file).orElse(ExchangeService.Format.JSON);
        start(false);
        // The summary names the client: once another client is shown it is not said on their screen.
        long shown = ui.session().clientId();
        ui.tasks().run(work -> ui.services().exchange().export(onlyClient, file, format), summary -> {
            finish();
            ui.session().whileShown(shown, (String said) -> status.set(said))
                    .accept(ui.text("exchange.exported", summary, ui.privacy().file(file, ui.text("privacy.file"))));
        }, error -> {
            finish();
            ui.session().whileShown(shown, this::failed).accept(error);
        });
    }

    /** Reads and checks the whole file, asks about offers already saved, then saves it all or nothing. */
    public void importFile(Path file) {
        start(true);
        ImportTarget target = new ImportTarget(ui.session().clientId(), false);
        ExchangeService exchange = ui.services().exchange();
        running = ui.tasks().run(work -> {
            ImportBatch batch = exchange.read(file, (fraction, step) -> work.update(fraction * 0.5, step), work::cancelled);
            return new Checked(batch, exchange.duplicates(batch, target));
        }, checked -> {
            DuplicateChoice choice = DuplicateChoice.KEEP_BOTH;
            if (!checked.duplicates().isEmpty()) {
                Optional<DuplicateChoice> chosen = askAboutDuplicates(checked.duplicates());
                if (chosen.isEmpty()) {
                    finish();
                    status.set(ui.text("exchange.cancelled"));
                    return;
                }
                choice = chosen.get();
            }
            save(checked.batch(), target, choice);
        }, this::failed, progressListener());
    }

    private record Checked(ImportBatch batch, List<Duplicate> duplicates) {
    }

    private void save(ImportBatch batch, ImportTarget target, DuplicateChoice choice) {
        running = ui.tasks().run(work -> ui.services().exchange().importBatch(batch, target, choice,
                (fraction, step) -> work.update(0.5 + fraction * 0.5, step), work::cancelled), outcome -> {
                    finish();
                    ui.session().whileShown(target.clientId(), (String said) -> status.set(said))
                            .accept(outcome.summary(batch, ui.privacy()::clientLabel,
                                    ui.privacy().isOn() ? ui.text("privacy.file") : batch.origin()));
                }, this::failed, progressListener());
    }

    private Optional<DuplicateChoice> askAboutDuplicates(List<Duplicate> duplicates) {
        List<String> shown = duplicates.stream().limit(12).map(Duplicate::describe).toList();
        String list = String.join("\n", shown) + (duplicates.size() > shown.size()
                ? "\n… and " + (duplicates.size() - shown.size()) + " more" : "");
        return ui.dialogs().choose(ui.text("exchange.duplicates.title"),
                ui.text("exchange.duplicates.header", duplicates.size()), list, List.of(
                        new Dialogs.Choice<>(ui.text("exchange.duplicates.skip"), DuplicateChoice.SKIP),
                        new Dialogs.Choice<>(ui.text("exchange.duplicates.replace"), DuplicateChoice.REPLACE),
                        new Dialogs.Choice<>(ui.text("exchange.duplicates.keepBoth"), DuplicateChoice.KEEP_BOTH)));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private TaskRunner.Progress progressListener() {
        return new TaskRunner.Progress() {
            @Override
            public void update(double fraction, String step) {
                progress.set(fraction);
                status.set(step);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    private void failed(Throwable error) {
        finish();
        if (error instanceof ImportException found) {
            status.set("");
            problemTitle.set(found.truncated()
                    ? ui.text("exchange.problems.truncated", ImportException.MAX_LISTED, found.origin())
                    : ui.text("exchange.problems.title", found.problems().size(), found.origin()));
            problems.setAll(found.problems());
        } else if (error instanceof CancellationException) {
            status.set(ui.text("exchange.cancelled"));
        } else {
            status.set(ui.text("exchange.failed", error.getMessage()));
        }
    }

    private void start(boolean canCancel) {
        status.set("");
        problems.clear();
        progress.set(-1);
        cancellable.set(canCancel);
        busy.set(true);
    }

    private void finish() {
        busy.set(false);
        cancellable.set(false);
        running = null;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemTitleProperty() {
        return problemTitle;
    }

    /** Every problem the last file had, with its row, field and reason; empty after a good import. */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }
}
