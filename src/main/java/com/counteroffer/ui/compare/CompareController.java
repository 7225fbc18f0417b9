package com.counteroffer.ui.compare;

import com.counteroffer.service.CompareResult;

import com.counteroffer.data.CsvWriter;
import com.counteroffer.domain.compare.CompareEngine;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.compare.TaxProfile;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.store.ComparisonRepository;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.ui.common.ClientData;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.FxFutures;
import com.counteroffer.ui.common.TaxData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The compare screen: pick offers, set the scenario, and read the table, the charts and the
 * sentences, which all follow one {@link CompareModel}.
 */
public final class CompareController {

    private final ClientData clientData;
    private final ComparisonRepository repository;
    private final TaxData taxData;
    private final Executor io;
    private final ResourceBundle bundle;
    private final CompareModel model;
    private final CompareCharts charts = new CompareCharts();
    private final CompareTableView tableView = new CompareTableView();
    private FileTarget fileTarget = this::chooseFile;
    /** The factors and offers the matrix grid was built for; scores change in place, so they are not part of it. */
    private List<String> renderedMatrixShape = List.of();

    @FXML private ScrollPane root;
    @FXML private ComboBox<SavedComparison> savedBox;
    @FXML private Button deleteSavedButton;
    @FXML private FlowPane offerPicks;
    @FXML private Label pickNote;
    @FXML private ToggleGroup scenarioGroup;
    @FXML private ToggleButton scenarioDown;
    @FXML private ToggleButton scenarioFlat;
    @FXML private ToggleButton scenarioUp;
    @FXML private TextField growthField;
    @FXML private Label growthError;
    @FXML private Slider horizonSlider;
    @FXML private Label horizonLabel;
    @FXML private CheckBox leaveBox;
    @FXML private Slider leaveSlider;
    @FXML private Label leaveLabel;
    @FXML private ComboBox<Long> referenceBox;
    @FXML private VBox insightsBox;
    @FXML private VBox insights;
    @FXML private VBox tableBox;
    @FXML private GridPane table;
    @FXML private VBox chartsBox;
    @FXML private TabPane chartTabs;
    @FXML private Tab componentTab;
    @FXML private Tab cumulativeTab;
    @FXML private Tab takeHomeTab;
    @FXML private VBox matrixBox;
    @FXML private TextField newFactorField;
    @FXML private GridPane matrix;
    @FXML private Label statusLabel;
    @FXML private Button exportCsvButton;
    @FXML private Button exportPngButton;

    private final com.counteroffer.ui.common.LiveAssumptions live;

    public CompareController(ClientData clientData, ComparisonRepository repository, TaxData taxData, Executor io,
                             ResourceBundle bundle, com.counteroffer.ui.common.LiveAssumptions live) {
        this.live = live;
        this.clientData = clientData;
        this.repository = repository;
        this.taxData = taxData;
        this.io = io;
        this.bundle = bundle;
        this.model = new CompareModel(clientData.offers());
    }

    /** Where an export goes; replaced in tests, where no native dialog can open. */
    @FunctionalInterface
    public interface FileTarget {
        Path choose(String title, String extension, String suggestedName);
    }

    public void setFileTarget(FileTarget target) {
        this.fileTarget = target;
    }

    public CompareModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        model.taxProfileProperty().set(TaxProfile.of(clientData.profileProperty().get()));
        clientData.profileProperty().addListener((o, was, now) -> model.taxProfileProperty().set(TaxProfile.of(now)));
        FxFutures.onFx(taxData.get(), loaded -> model.taxDataProperty().set(loaded),
                error -> statusLabel.setText("Take-home figures are unavailable: " + error.getMessage()));

        clientData.offers().addListener((ListChangeListener<StoredOffer>) change -> buildPicks());
        model.selected().addListener((ListChangeListener<Long>) change -> {
            syncPicks();
            Long reference = model.referenceProperty().get();
            referenceBox.setItems(FXCollections.observableArrayList(model.selected()));
            referenceBox.setValue(reference != null && model.selected().contains(reference) ? reference
                    : model.selected().isEmpty() ? null : model.selected().get(0));
        });
        pickNote.visibleProperty().bind(pickNote.textProperty().isNotEmpty());
        pickNote.managedProperty().bind(pickNote.visibleProperty());
        referenceBox.setConverter(Converters.labelled(id -> model.offer(id).map(s -> s.offer().company()).orElse("")));
        referenceBox.valueProperty().addListener((o, was, now) -> model.referenceProperty().set(now));
        model.referenceProperty().addListener((o, was, now) -> referenceBox.setValue(now));

        scenarioDown.setUserData(CompareModel.SCENARIOS.get(0));
        scenarioFlat.setUserData(CompareModel.SCENARIOS.get(1));
        scenarioUp.setUserData(CompareModel.SCENARIOS.get(2));
        scenarioGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                growthField.clear();
                growthError.setText("");
                model.growthProperty().set((BigDecimal) now.getUserData());
            }
        });
        model.growthProperty().addListener((o, was, now) -> selectScenario(now));
        growthField.setOnAction(event -> applyCustomGrowth());
        growthField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !growthField.getText().isBlank()) {
                applyCustomGrowth();
            }
        });
        selectScenario(model.growthProperty().get());

        horizonSlider.valueProperty().bindBidirectional(model.yearsProperty());
        horizonLabel.textProperty().bind(model.yearsProperty().asString("%d years"));
        leaveBox.selectedProperty().bindBidirectional(model.leaveEnabledProperty());
        leaveSlider.valueProperty().bindBidirectional(model.leaveMonthProperty());
        leaveSlider.disableProperty().bind(leaveBox.selectedProperty().not());
        leaveLabel.textProperty().bind(model.leaveMonthProperty().asString("month %d"));

        savedBox.setConverter(Converters.labelled(SavedComparison::name));
        savedBox.valueProperty().addListener((o, was, saved) -> {
            if (saved != null) {
                // The controls must show the saved values even when the shape is the same.
                renderedMatrixShape = List.of();
                tableView.forget();
                model.apply(saved);
            }
        });
        deleteSavedButton.disableProperty().bind(savedBox.valueProperty().isNull());
        loadSaved(null);

        model.resultProperty().addListener((o, was, result) -> render(result));
        clientData.clientIdProperty().addListener((o, was, now) -> {
            savedBox.setValue(null);
            model.offerGrowth().clear();
            model.selected().setAll(clientData.offers().stream().limit(3).map(StoredOffer::id).toList());
            loadSaved(null);
        });
        chartTabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            if (model.resultProperty().get() != null) {
                renderSelectedChart(model.resultProperty().get());
            }
        });

        buildPicks();
        if (model.selected().isEmpty()) {
            clientData.offers().stream().limit(3).forEach(stored -> model.select(stored.id(), true));
        }
        render(model.resultProperty().get());
    }

    private void applyCustomGrowth() {
        String text = growthField.getText().strip().replace("%", "").replace("−", "-");
        try {
            BigDecimal rate = new BigDecimal(text).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
            if (rate.compareTo(SavedComparison.LOWEST_GROWTH) < 0 || rate.compareTo(SavedComparison.HIGHEST_GROWTH) > 0) {
                growthError.setText("Use −95 % to +300 % a year.");
                return;
            }
            growthError.setText("");
            model.growthProperty().set(rate);
        } catch (NumberFormatException e) {
            growthError.setText("Type a yearly rate like 8 or −12.5.");
        }
    }

    private void selectScenario(BigDecimal growth) {
        for (var toggle : scenarioGroup.getToggles()) {
            if (((BigDecimal) toggle.getUserData()).compareTo(growth) == 0) {
                toggle.setSelected(true);
                return;
            }
        }
        scenarioGroup.selectToggle(null);
    }

    private void buildPicks() {
        offerPicks.getChildren().clear();
        for (StoredOffer stored : clientData.offers()) {
            CheckBox pick = new CheckBox(stored.offer().company() + (stored.offer().current() ? " (current job)" : ""));
            pick.setId("pick-" + stored.id());
            pick.setAccessibleText("Compare " + stored.offer().company());
            pick.setSelected(model.selected().contains(stored.id()));
            pick.selectedProperty().addListener((o, was, on) -> {
                if (!model.select(stored.id(), on)) {
                    pick.setSelected(false);
                    pickNote.setText(bundle.getString("compare.pick.max"));
                }
            });
            offerPicks.getChildren().add(pick);
        }
        updatePickNote();
    }

    private void syncPicks() {
        for (Node node : offerPicks.getChildren()) {
            long id = Long.parseLong(node.getId().substring("pick-".length()));
            ((CheckBox) node).setSelected(model.selected().contains(id));
        }
        updatePickNote();
    }

    private void updatePickNote() {
        pickNote.setText(clientData.offers().size() < 2 ? bundle.getString("compare.pick.none")
                : model.selected().size() < 2 ? bundle.getString("compare.pick.few") : "");
    }

    private void render(CompareResult result) {
        boolean ready = result != null;
        for (Node node : List.of(insightsBox, tableBox, chartsBox, matrixBox)) {
            node.setVisible(ready);
            node.setManaged(ready);
        }
        exportCsvButton.setDisable(!ready);
        if (!ready) {
            return;
        }
        live.put("Stock growth", model.growthProperty().get().movePointRight(2).stripTrailingZeros().toPlainString() + " %/yr");
        live.put("Horizon", model.yearsProperty().get() + " years");
        live.put("Leave at month", model.leaveEnabledProperty().get() ? Integer.toString(model.leaveMonthProperty().get()) : "off");
        insights.getChildren().setAll(result.comparison().insights().stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("insight");
            return (Node) line;
        }).toList());
        renderTable(result);
        renderSelectedChart(result);
        if (!matrixShape(result).equals(renderedMatrixShape)) {
            renderMatrix();
        }
    }

    /** Only the chart on screen is brought up to date; the others follow when their tab is chosen. */
    private void renderSelectedChart(CompareResult result) {
        List<OfferComparison> offers = result.comparison().offers();
        Tab tab = chartTabs.getSelectionModel().getSelectedItem();
        if (tab == componentTab) {
            componentTab.setContent(charts.components(offers));
        } else if (tab == cumulativeTab) {
            cumulativeTab.setContent(charts.cumulative(offers));
        } else {
            takeHomeTab.setContent(charts.takeHome(offers, result.takeHome()));
        }
    }

    private void renderTable(CompareResult result) {
        if (tableView.update(table, result, model.referenceIndex())) {
            return;
        }
        table.getChildren().clear();
        List<OfferComparison> offers = result.comparison().offers();
        int reference = Math.min(model.referenceIndex(), offers.size() - 1);
        table.add(cell(new Label(""), "row-label"), 0, 0);
        for (int c = 0; c < offers.size(); c++) {
            OfferComparison offer = offers.get(c);
            Label head = new Label(offer.entry().name() + (c == reference ? " (ref.)" : ""));
            head.setWrapText(true);
            table.add(cell(head, "column-head"), c + 1, 0);
        }
        Label growthHead = new Label(bundle.getString("compare.growthRow"));
        Tooltip.install(growthHead, new Tooltip("Leave empty to use the scenario's rate; e.g. −20 for a stock you "
                + "expect to fall 20 % a year."));
        table.add(cell(growthHead, "row-label"), 0, 1);
        for (int c = 0; c < offers.size(); c++) {
            long id = Long.parseLong(offers.get(c).entry().key());
            TextField own = new TextField(model.offerGrowth().get(id) == null ? ""
                    : model.offerGrowth().get(id).movePointRight(2).stripTrailingZeros().toPlainString());
            own.setId("growth-" + id);
            own.setPromptText("scenario");
            own.setPrefColumnCount(6);
            own.setAccessibleText("Own stock growth for " + offers.get(c).entry().name());
            own.setOnAction(event -> applyOwnGrowth(id, own));
            own.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    applyOwnGrowth(id, own);
                }
            });
            table.add(cell(own, "value-cell"), c + 1, 1);
        }
        int r = 2;
        for (CompareResult.Row row : result.rows()) {
            Label label = new Label(row.label());
            label.setId("row-" + row.id());
            Tooltip tip = new Tooltip(row.formula());
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            Tooltip.install(label, tip);
            table.add(cell(label, "row-label"), 0, r);
            int best = row.best();
            BigDecimal referenceValue = row.values().get(reference);
            boolean score = row.id().endsWith("_score");
            for (int c = 0; c < row.values().size(); c++) {
                BigDecimal value = row.values().get(c);
                Label amount = new Label(value == null ? (score ? "not scored" : "…")
                        : score ? value.toPlainString() : money(value));
                amount.getStyleClass().add("value");
                amount.setId("cell-" + row.id() + "-" + c);
                VBox box = new VBox(amount);
                if (value != null && referenceValue != null && c != reference && !score) {
                    BigDecimal difference = value.subtract(referenceValue);
                    Label diff = new Label((difference.signum() >= 0 ? "+" : "−") + money(difference.abs()));
                    diff.getStyleClass().add("difference");
                    box.getChildren().add(diff);
                }
                box.getStyleClass().add("cell");
                if (c == best) {
                    box.getStyleClass().add("best");
                    amount.setAccessibleText(amount.getText() + ", best in this row");
                }
                if (c == reference) {
                    box.getStyleClass().add("reference-column");
                }
                table.add(box, c + 1, r);
            }
            r++;
        }
        tableView.remember(table, result, model.referenceIndex());
    }

    private void applyOwnGrowth(long id, TextField field) {
        String text = field.getText().strip().replace("%", "").replace("−", "-");
        if (text.isEmpty()) {
            model.offerGrowth().remove(id);
            return;
        }
        try {
            BigDecimal rate = new BigDecimal(text).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
            if (rate.compareTo(SavedComparison.LOWEST_GROWTH) >= 0 && rate.compareTo(SavedComparison.HIGHEST_GROWTH) <= 0) {
                if (!rate.equals(model.offerGrowth().get(id))) {
                    model.offerGrowth().put(id, rate);
                }
                return;
            }
        } catch (NumberFormatException e) {
            // the message below says what to type
        }
        statusLabel.setText("Own stock growth: type a yearly percent from −95 to 300, e.g. −20.");
    }

    private void renderMatrix() {
        CompareResult result = model.resultProperty().get();
        matrix.getChildren().clear();
        if (result == null) {
            return;
        }
        renderedMatrixShape = matrixShape(result);
        List<OfferComparison> offers = result.comparison().offers();
        DecisionMatrix current = model.matrixProperty().get();
        matrix.add(new Label(""), 0, 0);
        matrix.add(header(bundle.getString("compare.matrix.weight")), 1, 0);
        for (int c = 0; c < offers.size(); c++) {
            matrix.add(header(offers.get(c).entry().name()), c + 2, 0);
        }
        for (int f = 0; f < current.factors().size(); f++) {
            int index = f;
            DecisionMatrix.Factor factor = current.factors().get(f);
            matrix.add(new Label(factor.name()), 0, f + 1);
            ComboBox<Integer> weight = choice(List.of(0, 1, 2, 3, 4, 5), factor.weight(),
                    "Weight of " + factor.name(), value -> model.matrixProperty().set(
                            model.matrixProperty().get().with(index, model.matrixProperty().get().factors().get(index)
                                    .withWeight(value == null ? 0 : value))));
            weight.setId("weight-" + f);
            matrix.add(weight, 1, f + 1);
            for (int c = 0; c < offers.size(); c++) {
                String key = offers.get(c).entry().key();
                ComboBox<Integer> score = choice(List.of(1, 2, 3, 4, 5), factor.scores().get(key),
                        offers.get(c).entry().name() + " on " + factor.name(), value -> model.matrixProperty().set(
                                model.matrixProperty().get().with(index,
                                        model.matrixProperty().get().factors().get(index).withScore(key, value))));
                score.setId("score-" + f + "-" + key);
                matrix.add(score, c + 2, f + 1);
            }
            Button remove = new Button("×");
            remove.setAccessibleText(MessageFormat.format(bundle.getString("compare.matrix.remove"), factor.name()));
            remove.setOnAction(event -> model.matrixProperty().set(model.matrixProperty().get().removing(index)));
            matrix.add(remove, offers.size() + 2, f + 1);
        }
    }

    private List<String> matrixShape(CompareResult result) {
        List<String> shape = new ArrayList<>();
        model.matrixProperty().get().factors().forEach(f -> shape.add("factor:" + f.name()));
        result.comparison().offers().forEach(o -> shape.add("offer:" + o.entry().key() + ":" + o.entry().name()));
        return shape;
    }

    @FXML
    void addFactor() {
        String name = newFactorField.getText().strip();
        if (name.isEmpty()) {
            statusLabel.setText("Name the factor first, e.g. On-call load.");
            return;
        }
        if (model.matrixProperty().get().factors().stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
            statusLabel.setText("That factor is already in the matrix.");
            return;
        }
        model.matrixProperty().set(model.matrixProperty().get().adding(name));
        newFactorField.clear();
        statusLabel.setText("");
    }

    @FXML
    void saveComparison() {
        if (model.resultProperty().get() == null) {
            statusLabel.setText(bundle.getString("compare.pick.few"));
            return;
        }
        TextInputDialog dialog = new TextInputDialog(savedBox.getValue() == null ? "" : savedBox.getValue().name());
        dialog.setTitle(bundle.getString("compare.save.title"));
        dialog.setHeaderText(bundle.getString("compare.save.header"));
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(this::saveAs);
    }

    /** Saves the current comparison under a name (also used by tests, where no dialog opens). */
    public void saveAs(String name) {
        SavedComparison saved = model.toSaved(name);
        FxFutures.onFx(repository.save(clientData.clientId(), saved), done -> {
            statusLabel.setText(MessageFormat.format(bundle.getString("compare.saved.done"), name));
            loadSaved(name);
        }, error -> statusLabel.setText("Could not save: " + error.getMessage()));
    }

    @FXML
    void deleteSaved() {
        SavedComparison saved = savedBox.getValue();
        if (saved != null) {
            FxFutures.onFx(repository.delete(clientData.clientId(), saved.name()), done -> loadSaved(null),
                    error -> statusLabel.setText("Could not delete: " + error.getMessage()));
        }
    }

    private void loadSaved(String select) {
        FxFutures.onFx(repository.list(clientData.clientId()), list -> {
            savedBox.setItems(FXCollections.observableArrayList(list));
            list.stream().filter(s -> s.name().equals(select)).findFirst().ifPresent(s -> savedBox.getSelectionModel().select(s));
        }, error -> statusLabel.setText("Could not read saved comparisons: " + error.getMessage()));
    }

    @FXML
    void exportCsv() {
        CompareResult result = model.resultProperty().get();
        Path file = fileTarget.choose(bundle.getString("compare.exportCsv"), "csv", "comparison.csv");
        if (result == null || file == null) {
            return;
        }
        List<String> header = new ArrayList<>(List.of("row"));
        result.comparison().offers().forEach(o -> header.add(o.entry().name()));
        List<List<String>> rows = new ArrayList<>();
        for (CompareResult.Row row : result.rows()) {
            List<String> line = new ArrayList<>(List.of(row.label()));
            row.values().forEach(v -> line.add(v == null ? "" : v.setScale(0, RoundingMode.HALF_UP).toPlainString()));
            rows.add(line);
        }
        String csv = CsvWriter.write(header, rows);
        writeInBackground(file, () -> Files.writeString(file, csv, StandardCharsets.UTF_8));
    }

    @FXML
    void exportChart() {
        Tab tab = chartTabs.getSelectionModel().getSelectedItem();
        if (!(tab.getContent() instanceof Chart chart)) {
            return;
        }
        Path file = fileTarget.choose(bundle.getString("compare.exportPng"), "png", chart.getId() + ".png");
        if (file == null) {
            return;
        }
        BufferedImage image = PngFiles.pixels(chart.snapshot(null, null));
        writeInBackground(file, () -> PngFiles.write(image, file));
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void writeInBackground(Path file, FileWork work) {
        FxFutures.onFx(CompletableFuture.runAsync(() -> {
            try {
                work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io), done -> statusLabel.setText(MessageFormat.format(bundle.getString("compare.exported"), file)),
                error -> statusLabel.setText("Could not write " + file + ": " + error.getMessage()));
    }

    private Path chooseFile(String title, String extension, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " file", "*." + extension));
        var file = chooser.showSaveDialog(root.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    private static ComboBox<Integer> choice(List<Integer> values, Integer current, String accessible,
                                            java.util.function.Consumer<Integer> onChange) {
        ComboBox<Integer> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setValue(current);
        box.setPromptText("–");
        box.setAccessibleText(accessible);
        box.valueProperty().addListener((o, was, now) -> onChange.accept(now));
        return box;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Node cell(Node content, String style) {
        VBox box = new VBox(content);
        box.getStyleClass().addAll("cell", style);
        return box;
    }

    private static String money(BigDecimal value) {
        return Money.format(WholeDollars.of(value));
    }

}
