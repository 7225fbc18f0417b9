package com.counteroffer.ui.compare;

import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.CompareResult;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.UiContext;
import java.math.BigDecimal;
import java.util.List;
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
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Binds the Compare screen (picks, scenario, table, charts, matrix, exports) to its {@link CompareModel}. */
public final class CompareController {

    private final UiContext ui;
    private final CompareModel model;
    private final CompareCharts charts;
    private CompareTable tableView;
    private CompareMatrix matrixView;

    @FXML private BorderPane root;
    @FXML private ScrollPane contentScroll;
    @FXML private ScrollPane tableScroll;
    @FXML private ScrollPane matrixScroll;
    @FXML private FlowPane totals;
    @FXML private ScrollPane totalsScroll;
    @FXML private Spinner<Integer> leaveSpinner;
    @FXML private Label leaveError;
    @FXML private VBox matrixMissing;
    @FXML private Label factorError;
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
    @FXML private ComboBox<String> valuationBox;
    @FXML private Label valuationNote;
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

    public CompareController(UiContext ui) {
        this.ui = ui;
        this.model = new CompareModel(ui);
        this.charts = new CompareCharts(ui.privacy(), model::colorIndex);
    }

    public CompareModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        tableView = new CompareTable(ui, model, table, statusLabel::setText);
        totalsScroll.maxHeightProperty().bind(root.heightProperty().divide(3));
        // Until there is a result there is nothing to sum up: no empty band above the screen.
        totalsScroll.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(totals.getChildren()));
        totalsScroll.managedProperty().bind(totalsScroll.visibleProperty());
        // The cards' height depends on the width they wrap in; the pane asks for all of it.
        totalsScroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> totals.prefHeight(totalsScroll.getWidth()), totals.boundsInLocalProperty(),
                totalsScroll.widthProperty()));
        for (ScrollPane sideways : List.of(tableScroll, matrixScroll)) {
            // A viewport height makes the pane count its sideways scroll bar in its height instead of
            // laying the bar over the last row.
            sideways.setMinViewportHeight(1);
        }
        matrixView = new CompareMatrix(ui, model, matrix);
        statusLabel.textProperty().bindBidirectional(model.statusProperty());
        model.available().addListener((ListChangeListener<StoredOffer>) change -> buildPicks());
        model.selected().addListener((ListChangeListener<Long>) change -> {
            syncPicks();
            syncReference();
        });
        pickNote.visibleProperty().bind(pickNote.textProperty().isNotEmpty());
        pickNote.managedProperty().bind(pickNote.visibleProperty());
        referenceBox.setConverter(Converters.labelled(id -> model.offer(id).map(s -> s.offer().company()).orElse("")));
        referenceBox.valueProperty().addListener((o, was, now) -> model.referenceProperty().set(now));
        model.referenceProperty().addListener((o, was, now) -> showReference());
        syncReference();
        bindScenario();
        savedBox.setItems(model.saved());
        savedBox.setConverter(Converters.labelled(SavedComparison::name));
        savedBox.valueProperty().addListener((o, was, comparison) -> {
            if (comparison != null) {
                // The controls must show the saved values even when the shape is the same.
                matrixView.forget();
                tableView.forget();
                model.apply(comparison);
            }
        });
        deleteSavedButton.disableProperty().bind(savedBox.valueProperty().isNull());
        model.resultProperty().addListener((o, was, result) -> render(result));
        ui.privacy().onProperty().addListener((o, was, now) -> {
            tableView.forget(); // the cached cells keep their tooltips: rebuild them
            render(model.resultProperty().get());
        });
        ui.session().clientIdProperty().addListener((o, was, now) -> {
            savedBox.setValue(null);
            growthField.clear();
            growthError.setText("");
            newFactorField.clear();
            factorError.setText("");
            tableView.forget();
            matrixView.forget();
        });
        chartTabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            if (model.resultProperty().get() != null) {
                renderSelectedChart(model.resultProperty().get());
            }
        });
        buildPicks();
        render(model.resultProperty().get());
    }

    private void bindScenario() {
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
        growthField.setOnAction(event -> applyGrowth());
        growthField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !growthField.getText().isBlank()) {
                applyGrowth();
            }
        });
        selectScenario(model.growthProperty().get());
        horizonSlider.valueProperty().bindBidirectional(model.yearsProperty());
        horizonLabel.textProperty().bind(model.yearsProperty().asString("%d years"));
        leaveBox.selectedProperty().bindBidirectional(model.leaveEnabledProperty());
        bindLeave();
        bindValuation();
    }

    /**
     * The month of leaving: a slider over the horizon for a quick look, and a spinner beside it that
     * steps one month and takes a typed month, saying beside it when a typed month can't be used.
     */
    private void bindLeave() {
        SpinnerValueFactory.IntegerSpinnerValueFactory months = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, model.leaveLimit(), model.leaveMonthProperty().get(), 1);
        months.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer month) {
                return month == null ? "" : month.toString();
            }

            @Override
            public Integer fromString(String typed) {
                // A month that can't be used is said beside the spinner, which keeps the last good one.
                leaveError.setText(model.setLeaveMonth(typed));
                return model.leaveMonthProperty().get();
            }
        });
        leaveSpinner.setValueFactory(months);
        Runnable limit = () -> {
            months.setMax(model.leaveLimit());
            leaveSlider.setMax(model.leaveLimit());
            leaveLabel.setText(ui.text("compare.leave.of", model.leaveLimit()));
        };
        model.yearsProperty().addListener((o, was, now) -> limit.run());
        limit.run();
        leaveSlider.valueProperty().bindBidirectional(model.leaveMonthProperty());
        months.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.leaveMonthProperty().get()) {
                leaveError.setText("");
                model.leaveMonthProperty().set(now);
            }
        });
        model.leaveMonthProperty().addListener((o, was, now) -> months.setValue(now.intValue()));
        for (Node control : List.of(leaveSlider, leaveSpinner, leaveLabel)) {
            control.disableProperty().bind(leaveBox.selectedProperty().not());
        }
        leaveError.visibleProperty().bind(leaveError.textProperty().isNotEmpty());
        leaveError.managedProperty().bind(leaveError.visibleProperty());
    }

    /** "Each offer's choice" or one basis for all, by id; the note says what the choice means. */
    private void bindValuation() {
        String own = "own";
        List<String> ids = new java.util.ArrayList<>(List.of(own));
        for (ValuationBasis basis : ValuationBasis.values()) {
            ids.add(basis.id());
        }
        valuationBox.setItems(FXCollections.observableArrayList(ids));
        valuationBox.setConverter(Converters.labelled(id -> ValuationBasis.fromId(id).map(ValuationBasis::label)
                .orElse(ui.text("compare.valuation.own"))));
        Runnable show = () -> {
            ValuationBasis basis = model.valuationProperty().get();
            valuationBox.setValue(basis == null ? own : basis.id());
            valuationNote.setText(basis == null ? ui.text("compare.valuation.own.note")
                    : basis.label() + ": " + basis.meaning() + ".");
        };
        valuationBox.valueProperty().addListener((o, was, id) -> {
            if (id != null) {
                model.valuationProperty().set(ValuationBasis.fromId(id).orElse(null));
            }
        });
        model.valuationProperty().addListener((o, was, now) -> show.run());
        show.run();
    }

    private void applyGrowth() {
        growthError.setText(model.setGrowth(growthField.getText()));
    }

    private void selectScenario(BigDecimal growth) {
        for (Toggle toggle : scenarioGroup.getToggles()) {
            if (((BigDecimal) toggle.getUserData()).compareTo(growth) == 0) {
                toggle.setSelected(true);
                return;
            }
        }
        scenarioGroup.selectToggle(null);
        if (!growthField.isFocused()) {
            growthField.setText(CompareModel.growthText(growth));
        }
    }

    private void buildPicks() {
        offerPicks.getChildren().clear();
        for (StoredOffer stored : model.available()) {
            CheckBox pick = new CheckBox(stored.offer().company() + (stored.offer().current() ? " (current job)" : "")) {
                // A flow pane is as wide as its widest child wants; a long name wraps within its maximum instead.
                @Override
                protected double computePrefWidth(double height) {
                    return Math.min(super.computePrefWidth(height), getMaxWidth());
                }
            };
            pick.setId("pick-" + stored.id());
            pick.setWrapText(true);
            pick.getStyleClass().add("offer-pick");
            pick.setAccessibleText(ui.text("compare.pick.accessible", stored.offer().company()));
            pick.setSelected(model.selected().contains(stored.id()));
            pick.selectedProperty().addListener((o, was, on) -> {
                if (!model.select(stored.id(), on)) {
                    pick.setSelected(false);
                    pickNote.setText(ui.text("compare.pick.max"));
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
        pickNote.setText(model.available().size() < 2 ? ui.text("compare.pick.none")
                : model.selected().size() < 2 ? ui.text("compare.pick.few") : "");
    }

    /** The reference chooser lists the compared offers and shows the column the table marks "(ref.)". */
    private void syncReference() {
        referenceBox.getItems().setAll(model.selected());
        showReference();
    }

    private void showReference() {
        int index = model.referenceIndex();
        referenceBox.setValue(index < 0 || index >= model.selected().size() ? null : model.selected().get(index));
    }

    private void render(CompareResult result) {
        boolean ready = result != null;
        for (Node node : List.of(insightsBox, tableBox, chartsBox, matrixBox)) {
            node.setVisible(ready);
            node.setManaged(ready);
        }
        exportCsvButton.setDisable(!ready);
        totals.getChildren().setAll(CompareTotals.cards(ui, model, result));
        showMatrixMissing(result);
        if (!ready) {
            return;
        }
        insights.getChildren().setAll(result.comparison().insights().stream().map(text -> {
            Label line = new Label(ui.privacy().prose(text));
            line.setWrapText(true);
            line.getStyleClass().add("insight");
            return (Node) line;
        }).toList());
        tableView.render(result);
        renderSelectedChart(result);
        matrixView.render(result);
    }

    private void showMatrixMissing(CompareResult result) {
        List<String> missing = model.matrixMissing(result);
        matrixMissing.getChildren().setAll(missing.stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("note");
            return (Node) line;
        }).toList());
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

    @FXML
    void addFactor() {
        String problem = model.addFactor(newFactorField.getText());
        // Said beside the field the user just typed in, not in the strip far above it.
        factorError.setText(problem);
        if (problem.isEmpty()) {
            newFactorField.clear();
        }
    }

    @FXML
    void saveComparison() {
        if (model.resultProperty().get() == null) {
            statusLabel.setText(ui.text("compare.pick.few"));
            return;
        }
        ui.dialogs().askText(ui.text("compare.save.title"), ui.text("compare.save.header"),
                savedBox.getValue() == null ? "" : savedBox.getValue().name()).ifPresent(model::saveAs);
    }

    @FXML
    void deleteSaved() {
        if (savedBox.getValue() != null) {
            // The button is disabled once nothing is chosen: focus stays in the strip instead of jumping
            // to the first control of the screen (which scrolled it to the top).
            savedBox.requestFocus();
            model.deleteSaved(savedBox.getValue());
        }
    }

    @FXML
    void exportCsv() {
        model.exportCsv();
    }

    @FXML
    void exportChart() {
        Tab tab = chartTabs.getSelectionModel().getSelectedItem();
        if (tab.getContent() instanceof Chart chart) {
            model.exportChart(chart.getId(), () -> PngFiles.pixels(chart.snapshot(null, null)));
        }
    }
}
