package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.GrantValue;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.EquityView;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.UiContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Startup equity" section of the offer detail, built once and bound to its
 * {@link StartupEquityModel}: the offer detail places the same node each time it draws, so what
 * the user is typing survives a redraw.
 */
public final class StartupEquityView {

    private final UiContext ui;
    private final StartupEquityModel model;
    private final VBox root = new VBox(8);
    private final Map<ValuationBasis, RadioButton> bases = new EnumMap<>(ValuationBasis.class);
    private final VBox chosenBox = new VBox(4);
    private final GridPane table = new GridPane();
    private final List<Label> rowValues = new ArrayList<>();
    private final VBox rangeBox = new VBox(4);
    private final VBox analysisBox = new VBox(12);
    private boolean syncing;

    public StartupEquityView(UiContext ui, StartupEquityModel model) {
        this.ui = ui;
        this.model = model;
        root.setId("startupEquity");
        root.getStyleClass().add("startup-equity");
        root.getChildren().addAll(Parts.title(ui.text("offers.equity.title")), Parts.note(ui.text("offers.equity.lead")),
                valuationChoice(), exitInputs(), chosenBox, scenarios(), saveBar(), analysisBox);
        chosenBox.setId("chosenFigures");
        analysisBox.setId("equityAnalysis");
        model.chosenProperty().addListener((o, was, now) -> {
            renderChosen();
            renderAnalysis();
        });
        model.rangeProperty().addListener((o, was, now) -> {
            renderRange();
            renderAnalysis();
        });
        model.baselineProperty().addListener((o, was, now) -> renderAnalysis());
        model.figuresProblemProperty().addListener((o, was, now) -> {
            renderChosen();
            renderAnalysis();
        });
        ui.privacy().onProperty().addListener((o, was, now) -> {
            renderChosen();
            renderRange();
            renderAnalysis();
        });
        model.scenarios().addListener((ListChangeListener<ScenarioRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                renderTable();
            }
        });
        renderTable();
        renderChosen();
        renderRange();
        renderAnalysis();
    }

    /** The section, or null when the shown offer has no options or private shares. */
    public Node node() {
        return model.appliesProperty().get() ? root : null;
    }

    /**
     * One radio button per basis. They are kept exclusive here rather than by a toggle group, so each is
     * its own Tab stop (a group is one stop, reached only by the arrow keys).
     */
    private Node valuationChoice() {
        VBox choices = new VBox(4);
        for (ValuationBasis basis : ValuationBasis.values()) {
            RadioButton button = new RadioButton(basis.label() + " — " + basis.meaning());
            button.setId("valuation-" + basis.id());
            button.setWrapText(true);
            button.selectedProperty().addListener((o, was, now) -> {
                if (syncing) {
                    return;
                }
                if (now) {
                    model.valuationProperty().set(basis);
                } else if (model.valuationProperty().get() == basis) {
                    button.setSelected(true); // a chosen radio button clicked again stays chosen
                }
            });
            bases.put(basis, button);
            choices.getChildren().add(button);
        }
        model.valuationProperty().addListener((o, was, now) -> selectBasis(now));
        selectBasis(model.valuationProperty().get());
        Label label = new Label(ui.text("offers.equity.valuation"));
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        return new VBox(4, label, choices);
    }

    private void selectBasis(ValuationBasis chosen) {
        syncing = true;
        try {
            bases.forEach((basis, button) -> button.setSelected(basis == chosen));
        } finally {
            syncing = false;
        }
    }

    private Node exitInputs() {
        RadioButton byValue = new RadioButton(ui.text("offers.equity.exit.byValue"));
        byValue.setId("exitByValue");
        RadioButton byPrice = new RadioButton(ui.text("offers.equity.exit.byPrice"));
        byPrice.setId("exitByPrice");
        byValue.setWrapText(true);
        byPrice.setWrapText(true);
        TextField value = field("exitValueField", ui.text("offers.equity.exit.value.prompt"), 16);
        TextField price = field("exitPriceField", ui.text("offers.equity.exit.price.prompt"), 10);
        value.setAccessibleText(ui.text("offers.equity.exit.byValue"));
        price.setAccessibleText(ui.text("offers.equity.exit.byPrice"));
        Label valueError = Parts.error("exitValueError");
        Label priceError = Parts.error("exitPriceError");
        FormBinding.bindAmount(value, model.exitValue(), valueError, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bindAmount(price, model.exitPrice(), priceError, ui.privacy(), ui.text("privacy.amountLocked"));
        Label message = Parts.error("exitMessage");
        FormBinding.bindMessage(message, model.exitMessageProperty());
        VBox valueBox = new VBox(2, value, valueError);
        VBox priceBox = new VBox(2, price, priceError);
        // One input at a time: the chosen one shows, and only it is saved.
        Runnable sync = () -> {
            boolean byCompany = model.exitInputProperty().get() == StartupEquityModel.ExitInput.COMPANY_VALUE;
            byValue.setSelected(byCompany);
            byPrice.setSelected(!byCompany);
            show(valueBox, byCompany);
            show(priceBox, !byCompany);
        };
        // Exclusive by the model, not a toggle group, so each choice is its own Tab stop.
        exclusive(byValue, StartupEquityModel.ExitInput.COMPANY_VALUE);
        exclusive(byPrice, StartupEquityModel.ExitInput.PRICE_PER_SHARE);
        model.exitInputProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        FlowPane choice = new FlowPane(12, 4, byValue, byPrice);
        VBox box = new VBox(4, choice, valueBox, priceBox, message);
        box.setId("exitInputs");
        box.getStyleClass().add("sub-block");
        box.visibleProperty().bind(model.valuationProperty().isEqualTo(ValuationBasis.EXIT));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void exclusive(RadioButton button, StartupEquityModel.ExitInput input) {
        button.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                model.exitInputProperty().set(input);
            } else if (model.exitInputProperty().get() == input) {
                button.setSelected(true); // a chosen radio button clicked again stays chosen
            }
        });
    }

    private void renderChosen() {
        keepingExpanded(chosenBox, this::drawChosen);
    }

    private void drawChosen() {
        EquityView view = model.chosenProperty().get();
        chosenBox.getChildren().clear();
        String problem = model.figuresProblemProperty().get();
        if (!problem.isEmpty()) {
            Label error = Parts.line(problem);
            error.getStyleClass().add("field-error");
            chosenBox.getChildren().add(error);
            return;
        }
        if (view == null) {
            chosenBox.getChildren().add(Parts.note(ui.text("offers.equity.grant.none")));
            return;
        }
        EquityAnalysis figures = view.analysis();
        boolean several = figures.shareValue().outcomes().size() > 1;
        Label value = new Label(ui.text(several ? "offers.equity.grant.expected" : "offers.equity.grant",
                figures.basis().label(), ui.privacy().money(figures.grantValue().expected())));
        value.setId("chosenValue");
        value.getStyleClass().add("view-value");
        value.setWrapText(true);
        chosenBox.getChildren().add(value);
        figures.shareValue().assumptions().stream().filter(this::notSaidByTheDefaultsLabel)
                .forEach(text -> chosenBox.getChildren().add(Parts.assumption(ui, text)));
        chosenBox.getChildren().add(Parts.how(ui, "chosenHow", ui.text("offers.equity.how"), GrantLines.of(figures)));
    }

    private Node scenarios() {
        Label defaults = Parts.note(ui.text("offers.equity.scenarios.defaults"));
        defaults.setId("scenarioDefaults");
        defaults.getStyleClass().add("assumption");
        defaults.visibleProperty().bind(model.usingDefaultsProperty().and(model.appliesProperty())
                .and(javafx.beans.binding.Bindings.isNotEmpty(model.scenarios())));
        defaults.managedProperty().bind(defaults.visibleProperty());
        table.setId("scenarioTable");
        table.getStyleClass().add("scenario-table");
        table.setHgap(10);
        table.setVgap(4);
        Button add = new Button(ui.text("offers.equity.add"));
        add.setId("addScenario");
        add.setOnAction(event -> {
            ScenarioRow row = model.addScenario();
            if (row != null) {
                focusName(model.scenarios().size() - 1);
            }
        });
        add.disableProperty().bind(javafx.beans.binding.Bindings.size(model.scenarios())
                .greaterThanOrEqualTo(StartupEquityModel.MAX_SCENARIOS));
        Button reset = new Button(ui.text("offers.equity.reset"));
        reset.setId("resetScenarios");
        reset.setOnAction(event -> model.resetToDefaults());
        reset.disableProperty().bind(model.usingDefaultsProperty().or(model.defaultsAvailableProperty().not()));
        Label total = new Label();
        total.setId("scenarioTotal");
        total.textProperty().bind(model.totalProperty());
        HBox buttons = new HBox(8, add, reset, total);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = Parts.error("scenariosMessage");
        FormBinding.bindMessage(message, model.scenariosMessageProperty());
        rangeBox.setId("scenarioRange");
        return new VBox(6, Parts.title(ui.text("offers.equity.scenarios")), Parts.note(ui.text("offers.equity.scenarios.lead")),
                defaults, table, buttons, message, rangeBox);
    }

    /** Rows are rebuilt only when rows come or go, so typing in a row keeps its focus. */
    private void renderTable() {
        table.getChildren().clear();
        table.getColumnConstraints().setAll(column(Priority.ALWAYS), column(Priority.ALWAYS), column(Priority.SOMETIMES),
                column(Priority.SOMETIMES), column(Priority.NEVER));
        rowValues.clear();
        String[] headers = {ui.text("offers.equity.col.name"), ui.text("offers.equity.col.value"),
            ui.text("offers.equity.col.probability"), ui.text("offers.equity.col.grant")};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add("header");
            header.setWrapText(true);
            table.add(header, c, 0);
        }
        int r = 1;
        for (ScenarioRow row : model.scenarios()) {
            int number = r;
            TextField name = field("scenarioName-" + number, "", 12);
            name.setAccessibleText(headers[0] + " " + number);
            TextField value = field("scenarioValue-" + number, "", 12);
            value.setAccessibleText(headers[1] + " " + number);
            TextField probability = field("scenarioProbability-" + number, "", 5);
            probability.setAccessibleText(headers[2] + " " + number);
            Label nameError = Parts.error("scenarioNameError-" + number);
            Label valueError = Parts.error("scenarioValueError-" + number);
            Label probabilityError = Parts.error("scenarioProbabilityError-" + number);
            FormBinding.bind(name, row.name(), nameError);
            FormBinding.bindAmount(value, row.companyValue(), valueError, ui.privacy(),
                    ui.text("privacy.amountLocked"));
            FormBinding.bind(probability, row.probability(), probabilityError);
            Label grant = new Label();
            grant.setId("scenarioGrant-" + number);
            grant.setWrapText(true);
            rowValues.add(grant);
            Button remove = new Button(ui.text("offers.equity.remove"));
            remove.setId("removeScenario-" + number);
            remove.setAccessibleText(ui.text("offers.equity.remove.help", number));
            remove.setOnAction(event -> model.removeScenario(row));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.disableProperty().bind(javafx.beans.binding.Bindings.size(model.scenarios()).lessThanOrEqualTo(1));
            table.addRow(r * 2 - 1, name, value, probability, grant, remove);
            table.add(nameError, 0, r * 2);
            table.add(valueError, 1, r * 2);
            table.add(probabilityError, 2, r * 2);
            r++;
        }
        if (model.scenarios().isEmpty()) {
            table.add(Parts.note(ui.text("offers.equity.scenarios.noDefaults")), 0, 1, headers.length, 1);
        }
        renderRange();
    }

    private void renderRange() {
        EquityAnalysis range = model.rangeProperty().get() == null ? null : model.rangeProperty().get().analysis();
        for (int i = 0; i < rowValues.size(); i++) {
            rowValues.get(i).setText(range == null || i >= range.scenarios().size() ? ""
                    : ui.privacy().money(range.scenarios().get(i).grantPayout()));
        }
        keepingExpanded(rangeBox, () -> drawRange(range));
    }

    private void drawRange(EquityAnalysis range) {
        rangeBox.getChildren().clear();
        if (range == null) {
            return;
        }
        GrantValue grant = range.grantValue();
        Label figures = new Label(ui.text("offers.equity.range", ui.privacy().money(grant.expected()),
                ui.privacy().money(grant.worst().grantValue()), ui.privacy().money(grant.median().grantValue()),
                ui.privacy().money(grant.best().grantValue())));
        figures.setId("rangeFigures");
        figures.getStyleClass().add("view-value");
        figures.setWrapText(true);
        // Carta's $0 is their counsel, not the client's figure: privacy mode leaves it as written.
        Label carta = Parts.note(grant.lowerBound());
        carta.setId("cartaCounsel");
        rangeBox.getChildren().addAll(figures, carta);
        // Under the scenarios basis the headline above already lists these.
        if (model.valuationProperty().get() != ValuationBasis.SCENARIOS) {
            range.shareValue().assumptions().stream().filter(this::notSaidByTheDefaultsLabel)
                    .forEach(text -> rangeBox.getChildren().add(Parts.assumption(ui, text)));
        }
        rangeBox.getChildren().add(Parts.how(ui, "rangeHow", ui.text("offers.equity.rangeHow"), GrantLines.of(range)));
    }

    /** Ownership, the waterfall, exercise and liquidity of the terms as typed (the saved ones while those can't be). */
    private void renderAnalysis() {
        keepingExpanded(analysisBox, this::drawAnalysis);
    }

    private void drawAnalysis() {
        analysisBox.getChildren().clear();
        EquityView chosen = model.chosenProperty().get();
        EquityView view = chosen != null ? chosen : model.baselineProperty().get();
        if (!model.appliesProperty().get() || view == null) {
            return;
        }
        EquityAnalysis analysis = view.analysis();
        PrivateCompany company = model.equity().company();
        EquityView range = model.rangeProperty().get();
        analysisBox.getChildren().add(OwnershipPart.build(ui, analysis, company.dilution()));
        analysisBox.getChildren().add(WaterfallPart.build(ui, analysis,
                range != null ? range.analysis().scenarios() : analysis.scenarios(), company.preferences()));
        if (analysis.exercise() != null) {
            analysisBox.getChildren().add(ExercisePart.build(ui, view));
        }
        analysisBox.getChildren().add(LiquidityPart.build(ui, analysis));
        analysisBox.getChildren().add(Parts.how(ui, "equityConventions", ui.text("offers.equity.conventions"),
                analysis.conventions()));
    }

    /** The engine's sentence on the shipped scenarios, which the label over the table already says with its source. */
    private boolean notSaidByTheDefaultsLabel(String assumption) {
        return !(model.usingDefaultsProperty().get() && assumption.contains("shipped defaults"));
    }

    /** Redraws {@code box}; the "How" parts the user opened stay open. */
    private static void keepingExpanded(Parent box, Runnable draw) {
        Set<String> open = new HashSet<>();
        box.lookupAll(".titled-pane").forEach(node -> {
            if (node instanceof TitledPane pane && pane.isExpanded() && pane.getId() != null) {
                open.add(pane.getId());
            }
        });
        draw.run();
        box.lookupAll(".titled-pane").forEach(node -> {
            if (node instanceof TitledPane pane && open.contains(pane.getId())) {
                pane.setExpanded(true);
            }
        });
    }

    private Node saveBar() {
        Button save = new Button(ui.text("offers.equity.save"));
        save.setId("saveEquity");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> model.save());
        save.disableProperty().bind(model.dirtyProperty().not().or(model.savingProperty()));
        Button revert = new Button(ui.text("offers.equity.revert"));
        revert.setId("revertEquity");
        revert.setOnAction(event -> model.revert());
        revert.disableProperty().bind(model.dirtyProperty().not().or(model.savingProperty()));
        Label status = new Label();
        status.setId("equityStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, save, revert, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void focusName(int index) {
        Node name = table.lookup("#scenarioName-" + (index + 1));
        if (name != null) {
            name.requestFocus();
        }
    }

    private static ColumnConstraints column(Priority grow) {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(grow);
        if (grow == Priority.NEVER) {
            column.setMinWidth(Region.USE_PREF_SIZE); // the Remove buttons are never cut
        }
        return column;
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.setMinWidth(40);
        return field;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

}
