package com.counteroffer.ui.offers.equity;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.EquityView;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.UiContext;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
    private final VBox analysisBox = new VBox(12);
    private boolean syncing;

    public StartupEquityView(UiContext ui, StartupEquityModel model) {
        this.ui = ui;
        this.model = model;
        root.setId("startupEquity");
        root.getStyleClass().add("startup-equity");
        root.getChildren().addAll(Parts.title(ui.text("offers.equity.title")), Notes.note(ui.text("offers.equity.lead")),
                valuationChoice(), exitInputs(), chosenBox, new ScenariosView(ui, model).node(), saveBar(), analysisBox);
        chosenBox.setId("chosenFigures");
        analysisBox.setId("equityAnalysis");
        model.chosenProperty().addListener((o, was, now) -> {
            renderChosen();
            renderAnalysis();
        });
        model.rangeProperty().addListener((o, was, now) -> renderAnalysis());
        model.baselineProperty().addListener((o, was, now) -> renderAnalysis());
        model.figuresProblemProperty().addListener((o, was, now) -> {
            renderChosen();
            renderAnalysis();
        });
        ui.privacy().onProperty().addListener((o, was, now) -> {
            renderChosen();
            renderAnalysis();
        });
        renderChosen();
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
        TextField value = Parts.field("exitValueField", ui.text("offers.equity.exit.value.prompt"), 16);
        TextField price = Parts.field("exitPriceField", ui.text("offers.equity.exit.price.prompt"), 10);
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
        Parts.keepingExpanded(chosenBox, this::drawChosen);
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
            chosenBox.getChildren().add(Notes.note(ui.text("offers.equity.grant.none")));
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
        figures.shareValue().assumptions().stream().filter(text -> !model.table().saidByTheDefaultsLabel(text))
                .forEach(text -> chosenBox.getChildren().add(Parts.assumption(ui, text)));
        chosenBox.getChildren().add(Parts.how(ui, "chosenHow", ui.text("offers.equity.how"), GrantLines.of(figures)));
    }

    /** Ownership, the waterfall, exercise and liquidity of the terms as typed (the saved ones while those can't be). */
    private void renderAnalysis() {
        Parts.keepingExpanded(analysisBox, this::drawAnalysis);
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

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

}
