package com.counteroffer.ui.sources;

import com.counteroffer.domain.input.DatasetException;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.Source;
import com.counteroffer.service.ActiveDataset;
import com.counteroffer.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sources screen: the dataset in use and where it came from, every source it cites with what
 * it backs, and replacing it with a coach's file (checked in full first) or going back to the built-in one.
 */
public final class SourcesModel {

    /** A source as its card shows it. */
    public record SourceCard(Source source, List<String> citedFor) {
    }

    private final UiContext ui;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final StringProperty version = new SimpleStringProperty(this, "version", "");
    private final StringProperty origin = new SimpleStringProperty(this, "origin", "");
    private final BooleanProperty builtIn = new SimpleBooleanProperty(this, "builtIn");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty count = new SimpleStringProperty(this, "count", "");
    private final ObservableList<SourceCard> cards = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    public SourcesModel(UiContext ui) {
        this.ui = ui;
        ui.session().datasetProperty().addListener((o, was, now) -> render(now));
        // The dataset is the workspace's, but a status line read in one client's session is not kept for the next.
        ui.session().clientIdProperty().addListener((o, was, now) -> {
            if (!busy.get()) {
                status.set("");
                problems.clear();
            }
        });
        ui.privacy().onProperty().addListener((o, was, now) -> render(ui.session().dataset()));
        render(ui.session().dataset());
    }

    private void render(ActiveDataset active) {
        MarketDataset dataset = active.dataset();
        name.set(dataset.name());
        year.set(Integer.toString(dataset.year()));
        version.set(dataset.version() + " (" + dataset.format() + ")");
        origin.set(active.builtIn() ? ui.text("sources.builtIn.origin", com.counteroffer.service.MarketService.BUILT_IN_FILE)
                : ui.text("sources.loaded.origin", active.file(),
                        com.counteroffer.domain.input.Dates.formatStored(active.loadedOn())));
        builtIn.set(active.builtIn());
        count.set(ui.text("sources.count", dataset.sources().size()));
        Map<String, List<String>> citations = DatasetCitations.bySource(dataset, ui.privacy());
        cards.setAll(dataset.sources().stream().map(source -> new SourceCard(source,
                citations.getOrDefault(source.id(), List.of()))).toList());
    }

    /** Loads a dataset file: in use everywhere once it passed every check; otherwise every problem is listed. */
    public void load(Path file) {
        problems.clear();
        status.set(ui.text("sources.load.reading", file.getFileName()));
        busy.set(true);
        ui.tasks().run(progress -> ui.services().market().load(file), active -> {
            busy.set(false);
            status.set(ui.text("sources.load.done", active.dataset().name(), Integer.toString(active.dataset().year())));
        }, error -> {
            busy.set(false);
            status.set("");
            problems.add(ui.text("sources.load.failed", file.getFileName()));
            if (error instanceof DatasetException dataset) {
                dataset.problems().forEach(problem -> problems.add("• " + problem));
            } else {
                problems.add("• " + (error.getMessage() == null ? error.toString() : error.getMessage()));
            }
        });
    }

    public void useBuiltIn() {
        busy.set(true);
        ui.tasks().run(progress -> ui.services().market().useBuiltIn(), active -> {
            busy.set(false);
            problems.clear();
            status.set(ui.text("sources.builtIn.done"));
        }, error -> {
            busy.set(false);
            status.set(error.getMessage());
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public StringProperty originProperty() {
        return origin;
    }

    public BooleanProperty builtInProperty() {
        return builtIn;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty countProperty() {
        return count;
    }

    public ObservableList<SourceCard> cards() {
        return cards;
    }

    /** What was wrong with the last file, the first line saying which file; empty after a good load. */
    public ObservableList<String> problems() {
        return problems;
    }
}
