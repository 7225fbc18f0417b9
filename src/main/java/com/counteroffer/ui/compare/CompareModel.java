package com.counteroffer.ui.compare;

import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.input.GrowthRates;
import com.counteroffer.domain.input.Numbers;
import com.counteroffer.domain.input.Parsed;
import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.CompareResult;
import com.counteroffer.service.CompareService;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.Latest;
import com.counteroffer.ui.common.UiContext;
import java.awt.image.RenderedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Compare screen: which offers, the scenario (growth, horizon, per-offer growth, leave month,
 * the valuation of options and private stock),
 * the reference offer and the decision matrix. Every change recomputes the result through the
 * compare service and is kept as the client's scenario, which the {@code compare} command and the
 * report use too; coming back to a client restores theirs.
 */
public final class CompareModel {

    /** The growth scenario set: the same rate for every offer without its own. */
    public static final List<BigDecimal> SCENARIOS = List.of(new BigDecimal("-0.30"), BigDecimal.ZERO,
            new BigDecimal("0.15"));

    /** How many colours the charts give offers before they repeat (the theme's chart colours). */
    public static final int PALETTE = 8;

    private final UiContext ui;
    private final ObservableList<Long> selected = FXCollections.observableArrayList();
    private final IntegerProperty years = new SimpleIntegerProperty(this, "years", 4);
    private final ObjectProperty<BigDecimal> growth = new SimpleObjectProperty<>(this, "growth", BigDecimal.ZERO);
    private final ObservableMap<Long, BigDecimal> offerGrowth = FXCollections.observableHashMap();
    private final BooleanProperty leaveEnabled = new SimpleBooleanProperty(this, "leaveEnabled");
    private final IntegerProperty leaveMonth = new SimpleIntegerProperty(this, "leaveMonth", 12);
    private final ObjectProperty<Long> reference = new SimpleObjectProperty<>(this, "reference");
    /** How every offer's options and private stock are valued; null for each offer's own choice. */
    private final ObjectProperty<ValuationBasis> valuation = new SimpleObjectProperty<>(this, "valuation");
    private final ObjectProperty<DecisionMatrix> matrix = new SimpleObjectProperty<>(this, "matrix",
            DecisionMatrix.defaults());
    private final ReadOnlyObjectWrapper<CompareResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<SavedComparison> saved = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final Latest<Optional<CompareResult>> computations;
    private final Latest<Void> scenarioSaves;
    private boolean applying;

    public CompareModel(UiContext ui) {
        this.ui = ui;
        this.computations = ui.tasks().latest();
        this.scenarioSaves = ui.tasks().latest();
        for (Observable input : new Observable[] {selected, years, growth, offerGrowth, leaveEnabled, leaveMonth,
            reference, matrix, valuation}) {
            input.addListener(changed -> scenarioChanged());
        }
        ui.session().offers().addListener((Observable changed) -> {
            // Offers that went away leave the comparison; that is no choice of the user's to keep
            // (and during a switch the offers are already the next client's).
            applying = true;
            try {
                selected.removeIf(id -> offer(id).isEmpty());
            } finally {
                applying = false;
            }
            recompute();
        });
        ui.session().profileProperty().addListener((o, was, now) -> recompute());
        // The month of leaving stays within the horizon when the horizon shortens.
        years.addListener((o, was, now) -> {
            if (leaveMonth.get() > leaveLimit()) {
                leaveMonth.set(leaveLimit());
            }
        });
        ui.session().clientIdProperty().addListener((o, was, now) -> loadClient());
        loadClient();
    }

    /** Shows the client's own scenario and saved comparisons. */
    private void loadClient() {
        long client = ui.session().clientId();
        status.set("");
        // Until this client's scenario is read, nothing computed for the last client stays on screen.
        computations.forget();
        result.set(null);
        ui.tasks().run(progress -> ui.services().compare().scenario(client), scenario -> {
            if (client == ui.session().clientId()) {
                apply(scenario, false);
            }
        }, error -> status.set("Could not read the comparison scenario: " + error.getMessage()));
        loadSaved();
    }

    private void scenarioChanged() {
        if (applying) {
            return;
        }
        recompute();
        SavedComparison scenario = toSaved("scenario");
        long client = ui.session().clientId();
        scenarioSaves.run(progress -> {
            // A newer change supersedes this one before it is written: only the latest reaches the disk.
            if (!progress.cancelled()) {
                ui.services().compare().saveScenario(client, scenario);
            }
            return null;
        }, done -> { }, error -> status.set("Could not keep the scenario: " + error.getMessage()));
    }

    /** Recomputes in the background; only the newest answer is shown. */
    public void recompute() {
        if (applying) {
            return;
        }
        List<StoredOffer> offers = List.copyOf(ui.session().offers());
        SavedComparison scenario = toSaved("");
        var profile = ui.session().profile();
        computations.run(progress -> ui.services().compare().compare(offers, scenario, profile),
                answer -> result.set(answer.orElse(null)),
                error -> status.set("Could not compare the offers: " + error.getMessage()));
    }

    /** Sets everything from a saved comparison (or the client's scenario), recomputing once. */
    public void apply(SavedComparison comparison) {
        apply(comparison, true);
    }

    private void apply(SavedComparison comparison, boolean keep) {
        applying = true;
        try {
            selected.setAll(comparison.offerIds().stream().filter(id -> offer(id).isPresent()).toList());
            years.set(comparison.years());
            growth.set(comparison.growth());
            offerGrowth.clear();
            offerGrowth.putAll(comparison.offerGrowth());
            leaveEnabled.set(comparison.leaveMonth() != null);
            if (comparison.leaveMonth() != null) {
                leaveMonth.set(comparison.leaveMonth());
            }
            reference.set(comparison.referenceId());
            matrix.set(comparison.matrix());
            valuation.set(comparison.valuation());
        } finally {
            applying = false;
        }
        if (keep) {
            scenarioChanged();
        } else {
            recompute();
        }
    }

    public SavedComparison toSaved(String name) {
        return new SavedComparison(name, List.copyOf(selected), years.get(), growth.get(), Map.copyOf(offerGrowth),
                leaveEnabled.get() ? leaveMonth.get() : null, reference.get(), matrix.get(), valuation.get());
    }

    /** Selects or deselects an offer; at most six are compared. Returns false when the limit refused it. */
    public boolean select(long id, boolean on) {
        if (on && !selected.contains(id)) {
            if (selected.size() >= CompareService.MAX_OFFERS) {
                return false;
            }
            selected.add(id);
        } else if (!on) {
            selected.remove(id);
        }
        return true;
    }

    /** The growth typed in the custom field (15, 15% or −30); returns the message when it can't be used. */
    public String setGrowth(String text) {
        Parsed<BigDecimal> parsed = GrowthRates.parse(text, true);
        if (!parsed.ok()) {
            return parsed.error();
        }
        growth.set(parsed.value());
        return "";
    }

    /** One offer's own growth (blank: the scenario's); returns the message when it can't be used. */
    public String setOfferGrowth(long id, String text) {
        Parsed<BigDecimal> parsed = GrowthRates.parse(text, false);
        if (!parsed.ok()) {
            return parsed.error();
        }
        if (parsed.value() == null) {
            offerGrowth.remove(id);
        } else if (!parsed.value().equals(offerGrowth.get(id))) {
            offerGrowth.put(id, parsed.value());
        }
        return "";
    }

    public void saveAs(String name) {
        SavedComparison comparison = toSaved(name);
        long client = ui.session().clientId();
        ui.tasks().run(progress -> {
            ui.services().compare().save(client, comparison);
            return null;
        }, done -> {
            status.set(ui.text("compare.saved.done", name));
            loadSaved();
        }, error -> status.set("Could not save: " + error.getMessage()));
    }

    public void deleteSaved(SavedComparison comparison) {
        long client = ui.session().clientId();
        ui.tasks().run(progress -> {
            ui.services().compare().delete(client, comparison.name());
            return null;
        }, done -> {
            status.set(ui.text("compare.deleted", comparison.name()));
            loadSaved();
        }, error -> status.set("Could not delete: " + error.getMessage()));
    }

    private void loadSaved() {
        long client = ui.session().clientId();
        ui.tasks().run(progress -> ui.services().compare().saved(client), list -> {
            if (client == ui.session().clientId()) {
                saved.setAll(list);
            }
        }, error -> status.set("Could not read saved comparisons: " + error.getMessage()));
    }

    /** The last month one can leave at: the horizon's end. */
    public int leaveLimit() {
        return years.get() * 12;
    }

    /** The month of leaving as typed ("17"); returns the message when it can't be used and keeps the month. */
    public String setLeaveMonth(String typed) {
        Parsed<Integer> parsed = Numbers.whole(typed, 1, leaveLimit(), true, "month of leaving");
        if (!parsed.ok()) {
            return parsed.error();
        }
        leaveMonth.set(parsed.value());
        return "";
    }

    /**
     * An offer's place in the chart colours: its place among all the client's offers, so it keeps its
     * colour whichever offers are ticked. Offers past the palette share its colours in turn.
     */
    public int colorIndex(String offerKey) {
        List<StoredOffer> all = available();
        for (int i = 0; i < all.size(); i++) {
            if (String.valueOf(all.get(i).id()).equals(offerKey)) {
                return i % PALETTE;
            }
        }
        return 0;
    }

    /** What the decision matrix needs before it can score the compared offers; empty when every one is scored. */
    public List<String> matrixMissing(CompareResult shown) {
        if (shown == null) {
            return List.of();
        }
        DecisionMatrix current = matrix.get();
        if (current.factors().isEmpty()) {
            return List.of(ui.text("compare.matrix.missing.factor"));
        }
        if (!current.weighted()) {
            return List.of(ui.text("compare.matrix.missing.weight"));
        }
        List<String> missing = new java.util.ArrayList<>();
        List<List<String>> each = shown.comparison().offers().stream()
                .map(offer -> current.unscored(offer.entry().key())).distinct().toList();
        if (each.size() == 1 && !each.get(0).isEmpty() && shown.comparison().offers().size() > 1) {
            // Nothing told apart yet: one line, not the same list once per offer.
            return List.of(ui.text("compare.matrix.missing.all", String.join(", ", each.get(0))));
        }
        for (var offer : shown.comparison().offers()) {
            List<String> factors = current.unscored(offer.entry().key());
            if (!factors.isEmpty()) {
                missing.add(ui.text("compare.matrix.missing.score", offer.entry().name(),
                        String.join(", ", factors)));
            }
        }
        return missing;
    }

    /** Adds a factor to the decision matrix; returns a message when it can't. */
    public String addFactor(String typed) {
        String name = typed == null ? "" : typed;
        if (name.isBlank()) {
            return "Name the factor first, e.g. On-call load.";
        }
        Parsed<String> kept = TextRules.parse(name, TextRules.Kind.NAME);
        if (!kept.ok()) {
            return kept.error();
        }
        if (matrix.get().factors().stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
            return "That factor is already in the matrix.";
        }
        matrix.set(matrix.get().adding(name));
        return "";
    }

    public Optional<StoredOffer> offer(long id) {
        return ui.session().offers().stream().filter(stored -> stored.id() == id).findFirst();
    }

    /** The column index of the reference offer (the first when none is chosen or it left the comparison). */
    public int referenceIndex() {
        int index = reference.get() == null ? -1 : selected.indexOf(reference.get());
        return Math.max(index, 0);
    }

    /** The offers that can be picked: every saved offer of the client. */
    public ObservableList<StoredOffer> available() {
        return ui.session().offers();
    }

    /** The growth of the custom field as typed back: "15", "−30". */
    public static String growthText(BigDecimal fraction) {
        return GrowthRates.format(fraction);
    }

    public ObservableList<Long> selected() {
        return selected;
    }

    public IntegerProperty yearsProperty() {
        return years;
    }

    public ObjectProperty<BigDecimal> growthProperty() {
        return growth;
    }

    public ObservableMap<Long, BigDecimal> offerGrowth() {
        return offerGrowth;
    }

    public BooleanProperty leaveEnabledProperty() {
        return leaveEnabled;
    }

    public IntegerProperty leaveMonthProperty() {
        return leaveMonth;
    }

    public ObjectProperty<Long> referenceProperty() {
        return reference;
    }

    /** How every offer's options and private stock are valued; null for each offer's own choice. */
    public ObjectProperty<ValuationBasis> valuationProperty() {
        return valuation;
    }

    public ObjectProperty<DecisionMatrix> matrixProperty() {
        return matrix;
    }

    public ReadOnlyObjectProperty<CompareResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<SavedComparison> saved() {
        return saved;
    }

    /** Asks where to save the table as CSV, then writes it there; the status line says how it went. */
    public void exportCsv() {
        CompareResult shown = result.get();
        if (shown == null) {
            return;
        }
        ui.dialogs().saveFile(ui.text("compare.exportCsv"), "comparison.csv",
                        List.of(new Dialogs.FileKind("CSV file", "csv")))
                .ifPresent(file -> write(file, () -> ui.services().compare().writeCsv(shown, file)));
    }

    /**
     * Asks where to save a chart as PNG, then writes it there.
     *
     * @param pixels the chart's pixels, taken (on the JavaFX thread) once the user has chosen a file
     */
    public void exportChart(String chartName, Supplier<RenderedImage> pixels) {
        ui.dialogs().saveFile(ui.text("compare.exportPng"), chartName + ".png",
                List.of(new Dialogs.FileKind("PNG image", "png"))).ifPresent(file -> {
                    RenderedImage image = pixels.get();
                    write(file, () -> ui.services().compare().writePng(image, file));
                });
    }

    private void write(Path file, Runnable work) {
        ui.tasks().run(progress -> {
            work.run();
            return file;
        }, done -> status.set(ui.text("compare.exported", ui.privacy().file(file, ui.text("privacy.file")))),
                error -> status.set("Could not write " + file + ": " + error.getMessage()));
    }

    public StringProperty statusProperty() {
        return status;
    }
}
