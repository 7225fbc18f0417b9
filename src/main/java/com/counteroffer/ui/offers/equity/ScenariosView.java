package com.counteroffer.ui.offers.equity;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.GrantValue;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The exit scenarios part of the section: the editable table (labelled as the shipped defaults until
 * edited), its total and message, and the grant's expected value, range and $0 lower bound over it.
 */
final class ScenariosView {

    private final UiContext ui;
    private final StartupEquityModel model;
    private final ScenarioTable table;
    private final GridPane grid = new GridPane();
    private final List<Label> rowValues = new ArrayList<>();
    private final VBox rangeBox = new VBox(4);
    private final Node root;

    ScenariosView(UiContext ui, StartupEquityModel model) {
        this.ui = ui;
        this.model = model;
        this.table = model.table();
        this.root = scenarios();
        model.rangeProperty().addListener((o, was, now) -> renderRange());
        ui.privacy().onProperty().addListener((o, was, now) -> renderRange());
        table.rows().addListener((ListChangeListener<ScenarioRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                renderTable();
            }
        });
        renderTable();
    }

    Node node() {
        return root;
    }

    private Node scenarios() {
        Label defaults = Notes.note(ui.text("offers.equity.scenarios.defaults"));
        defaults.setId("scenarioDefaults");
        defaults.getStyleClass().add("assumption");
        defaults.visibleProperty().bind(table.usingDefaultsProperty().and(model.appliesProperty())
                .and(javafx.beans.binding.Bindings.isNotEmpty(table.rows())));
        defaults.managedProperty().bind(defaults.visibleProperty());
        grid.setId("scenarioTable");
        grid.getStyleClass().add("scenario-table");
        grid.setHgap(10);
        grid.setVgap(4);
        Button add = new Button(ui.text("offers.equity.add"));
        add.setId("addScenario");
        add.setOnAction(event -> {
            ScenarioRow row = table.add();
            if (row != null) {
                focusName(table.rows().size() - 1);
            }
        });
        add.disableProperty().bind(javafx.beans.binding.Bindings.size(table.rows())
                .greaterThanOrEqualTo(ScenarioTable.MAX_ROWS));
        Button reset = new Button(ui.text("offers.equity.reset"));
        reset.setId("resetScenarios");
        reset.setOnAction(event -> model.resetToDefaults());
        reset.disableProperty().bind(table.usingDefaultsProperty().or(table.defaultsAvailableProperty().not()));
        Label total = new Label();
        total.setId("scenarioTotal");
        total.textProperty().bind(model.totalProperty());
        HBox buttons = new HBox(8, add, reset, total);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = Parts.error("scenariosMessage");
        FormBinding.bindMessage(message, model.scenariosMessageProperty());
        rangeBox.setId("scenarioRange");
        return new VBox(6, Parts.title(ui.text("offers.equity.scenarios")), Notes.note(ui.text("offers.equity.scenarios.lead")),
                defaults, grid, buttons, message, rangeBox);
    }

    /** Rows are rebuilt only when rows come or go, so typing in a row keeps its focus. */
    private void renderTable() {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(column(Priority.ALWAYS), column(Priority.ALWAYS), column(Priority.SOMETIMES),
                column(Priority.SOMETIMES), column(Priority.NEVER));
        rowValues.clear();
        String[] headers = {ui.text("offers.equity.col.name"), ui.text("offers.equity.col.value"),
            ui.text("offers.equity.col.probability"), ui.text("offers.equity.col.grant")};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add("header");
            header.setWrapText(true);
            grid.add(header, c, 0);
        }
        int r = 1;
        for (ScenarioRow row : table.rows()) {
            int number = r;
            TextField name = Parts.field("scenarioName-" + number, "", 12);
            name.setAccessibleText(headers[0] + " " + number);
            TextField value = Parts.field("scenarioValue-" + number, "", 12);
            value.setAccessibleText(headers[1] + " " + number);
            TextField probability = Parts.field("scenarioProbability-" + number, "", 5);
            probability.setAccessibleText(headers[2] + " " + number);
            Label nameError = Parts.error("scenarioNameError-" + number);
            Label valueError = Parts.error("scenarioValueError-" + number);
            Label probabilityError = Parts.error("scenarioProbabilityError-" + number);
            FormBinding.bind(name, row.name(), nameError);
            FormBinding.bindAmount(value, row.companyValue(), valueError, ui.privacy(),
                    ui.text("privacy.amountLocked"));
            FormBinding.bind(probability, row.probability(), probabilityError);
            Label grant = Parts.whole(new Label());
            grant.setId("scenarioGrant-" + number);
            rowValues.add(grant);
            Button remove = new Button(ui.text("offers.equity.remove"));
            remove.setId("removeScenario-" + number);
            remove.setAccessibleText(ui.text("offers.equity.remove.help", number));
            remove.setOnAction(event -> table.remove(row));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.disableProperty().bind(javafx.beans.binding.Bindings.size(table.rows()).lessThanOrEqualTo(1));
            grid.addRow(r * 2 - 1, name, value, probability, grant, remove);
            grid.add(nameError, 0, r * 2);
            grid.add(valueError, 1, r * 2);
            grid.add(probabilityError, 2, r * 2);
            r++;
        }
        if (table.rows().isEmpty()) {
            grid.add(Notes.note(ui.text("offers.equity.scenarios.noDefaults")), 0, 1, headers.length, 1);
        }
        renderRange();
    }

    private void renderRange() {
        EquityAnalysis range = model.rangeProperty().get() == null ? null : model.rangeProperty().get().analysis();
        for (int i = 0; i < rowValues.size(); i++) {
            rowValues.get(i).setText(range == null || i >= range.scenarios().size() ? ""
                    : ui.privacy().money(range.scenarios().get(i).grantPayout()));
        }
        Parts.keepingExpanded(rangeBox, () -> drawRange(range));
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
        Label carta = Notes.note(grant.lowerBound());
        carta.setId("cartaCounsel");
        rangeBox.getChildren().addAll(figures, carta);
        // Under the scenarios basis the headline above already lists these.
        if (model.valuationProperty().get() != ValuationBasis.SCENARIOS) {
            range.shareValue().assumptions().stream().filter(text -> !table.saidByTheDefaultsLabel(text))
                    .forEach(text -> rangeBox.getChildren().add(Parts.assumption(ui, text)));
        }
        rangeBox.getChildren().add(Parts.how(ui, "rangeHow", ui.text("offers.equity.rangeHow"), GrantLines.of(range)));
    }

    private void focusName(int index) {
        Node name = grid.lookup("#scenarioName-" + (index + 1));
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

}
