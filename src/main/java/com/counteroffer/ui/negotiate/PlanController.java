package com.counteroffer.ui.negotiate;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.negotiation.Advice;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.FormBinding;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The plan part: how ambitious (target, opening margin), which levers, and the asks with their rules. */
public final class PlanController {

    private NegotiateModel model;
    private boolean loading;

    @FXML private Slider targetSlider;
    @FXML private Label targetLabel;
    @FXML private Slider anchorSlider;
    @FXML private Label anchorLabel;
    @FXML private FlowPane leverBoxes;
    @FXML private HBox valuationRow;
    @FXML private ComboBox<ValuationBasis> valuationBox;
    @FXML private Label valuationNote;
    @FXML private NegotiationPictureView picture;
    @FXML private VBox asks;
    @FXML private VBox planNotes;
    @FXML private VBox advice;
    @FXML private Spinner<Integer> usualSpinner;
    @FXML private Spinner<Integer> usualTotalSpinner;
    @FXML private TextField postedMin;
    @FXML private TextField postedMax;
    @FXML private Label postedProblem;
    @FXML private Label postedMinError;
    @FXML private Label postedMaxError;

    void attach(NegotiateModel owner) {
        this.model = owner;
        for (Lever lever : Lever.values()) {
            // Given its preferred width by the FlowPane: a plain CheckBox was cut by a sub-pixel ("Base sal…").
            CheckBox box = new com.counteroffer.ui.common.FittingCheckBox(lever.label());
            box.setId("lever-" + lever.id());
            box.selectedProperty().addListener((o, was, on) -> {
                if (!loading) {
                    model.setLever(lever, on);
                }
            });
            leverBoxes.getChildren().add(box);
        }
        // Nothing to move until the offer's saved settings are in: a slider at zero would be saved as a choice.
        for (javafx.scene.Node control : List.of(targetSlider, anchorSlider, usualSpinner, usualTotalSpinner, leverBoxes)) {
            control.disableProperty().bind(model.workspaceProperty().isNull());
        }
        targetLabel.textProperty().bind(targetSlider.valueProperty().asString("%.0f %%"));
        anchorLabel.textProperty().bind(anchorSlider.valueProperty().asString("%.0f %%"));
        targetSlider.valueProperty().addListener((o, was, now) -> {
            if (!loading) {
                model.setTargetPosition((int) Math.round(now.doubleValue()));
            }
        });
        anchorSlider.valueProperty().addListener((o, was, now) -> {
            if (!loading) {
                model.setAnchorMargin((int) Math.round(now.doubleValue()));
            }
        });
        for (Spinner<Integer> spinner : List.of(usualSpinner, usualTotalSpinner)) {
            spinner.valueProperty().addListener((o, was, now) -> {
                // A cleared spinner has no value: wait for one in both.
                if (!loading && usualSpinner.getValue() != null && usualTotalSpinner.getValue() != null) {
                    model.setUsualMoves(usualSpinner.getValue(), usualTotalSpinner.getValue());
                }
            });
        }
        FormBinding.bindAmount(postedMin, model.postedMin(), postedMinError, model.ui().privacy(),
                model.ui().text("privacy.amountLocked"));
        FormBinding.bindAmount(postedMax, model.postedMax(), postedMaxError, model.ui().privacy(),
                model.ui().text("privacy.amountLocked"));
        postedMin.setOnAction(event -> applyPosted());
        postedMax.setOnAction(event -> applyPosted());
        postedProblem.textProperty().bind(model.postedProblemProperty());
        model.workspaceProperty().addListener((o, was, workspace) -> showSettings(workspace));
        model.viewProperty().addListener((o, was, view) -> render(view));
        showSettings(model.workspaceProperty().get());
        model.ui().privacy().onProperty().addListener((o, was, now) -> render(model.viewProperty().get()));
        render(model.viewProperty().get());
        picture.attach(model);
        bindValuation();
    }

    /** The offer's own valuation of its options or private stock; shown only for offers that have them. */
    private void bindValuation() {
        valuationBox.setItems(FXCollections.observableArrayList(ValuationBasis.values()));
        valuationBox.setConverter(Converters.labelled(ValuationBasis::label));
        valuationRow.visibleProperty().bind(model.valuationProperty().isNotNull());
        valuationRow.managedProperty().bind(valuationRow.visibleProperty());
        Runnable show = () -> {
            ValuationBasis basis = model.valuationProperty().get();
            loading = true;
            try {
                valuationBox.setValue(basis);
            } finally {
                loading = false;
            }
            String refused = model.valuationMessageProperty().get();
            valuationNote.setText(basis == null ? "" : !refused.isEmpty() ? refused
                    : basis.label() + ": " + basis.meaning() + ". " + model.ui().text("negotiate.valuation.note"));
        };
        valuationBox.valueProperty().addListener((o, was, basis) -> {
            if (!loading && basis != null) {
                model.setValuation(basis);
            }
        });
        model.valuationProperty().addListener((o, was, now) -> show.run());
        model.valuationMessageProperty().addListener((o, was, now) -> show.run());
        show.run();
    }

    private void showSettings(NegotiationWorkspace workspace) {
        if (workspace == null) {
            return;
        }
        loading = true;
        try {
            targetSlider.setValue(workspace.settings().targetPosition().movePointRight(2).doubleValue());
            anchorSlider.setValue(workspace.settings().anchorMargin().movePointRight(2).doubleValue());
            usualSpinner.getValueFactory().setValue(workspace.settings().componentCeiling().movePointRight(2).intValue());
            usualTotalSpinner.getValueFactory().setValue(workspace.settings().totalCeiling().movePointRight(2).intValue());
            leverBoxes.getChildren().forEach(node -> ((CheckBox) node).setSelected(workspace.settings().levers()
                    .stream().anyMatch(lever -> node.getId().equals("lever-" + lever.id()))));
        } finally {
            loading = false;
        }
    }

    @FXML
    private void applyPosted() {
        model.applyPostedRange();
    }

    private void render(NegotiationView view) {
        asks.getChildren().clear();
        advice.getChildren().clear();
        planNotes.getChildren().clear();
        if (view == null) {
            return;
        }
        var privacy = model.ui().privacy();
        for (Ask ask : view.plan().asks()) {
            VBox card = new VBox(2);
            card.getStyleClass().add("ask-card");
            card.setId("ask-" + ask.lever().id());
            String headline = ask.lever().label() + (ask.target() == null ? ""
                    : " — open with " + privacy.money(ask.opening()) + " · settle at " + privacy.money(ask.target())
                            + " or above");
            Label title = Parts.label(headline, null);
            title.getStyleClass().add("ask-headline");
            card.getChildren().add(title);
            Label why = Parts.label(model.ui().text("negotiate.why") + " (" + ask.evidence().label() + "): "
                    + privacy.prose(ask.reason()), "why-" + ask.lever().id());
            card.getChildren().add(why);
            card.getChildren().add(line("negotiate.say", ask.say(), "say-" + ask.lever().id()));
            card.getChildren().add(line("negotiate.ifPushed", ask.ifPushed(), "pushed-" + ask.lever().id()));
            Label rule = Parts.label(privacy.prose(ask.rule()), null);
            rule.getStyleClass().add("ask-rule");
            card.getChildren().add(rule);
            ask.inputs().forEach((name, value) -> card.getChildren().add(
                    Notes.note("   " + name + ": " + privacy.prose(String.valueOf(value)))));
            asks.getChildren().add(card);
        }
        if (!view.plan().advice().isEmpty()) {
            Label heading = Parts.label(model.ui().text("negotiate.advice"), null);
            heading.getStyleClass().add("ask-headline");
            advice.getChildren().add(heading);
            for (Advice item : view.plan().advice()) {
                String source = view.context().standing().dataset().source(item.sourceId())
                        .map(found -> found.title() + ", " + found.publisher())
                        .orElse(item.sourceId());
                advice.getChildren().add(Parts.label(item.title() + ": " + privacy.prose(item.text()), null));
                advice.getChildren().add(Notes.note("   " + model.ui().text("negotiate.evidence") + ": " + source
                        + " (Sources screen)"));
            }
        }
        planNotes.getChildren().setAll(view.plan().notes().stream()
                .map(text -> Notes.note("• " + privacy.prose(text))).toList());
    }

    /** "Say: …" with the label in bold, the line as the user would say it. */
    private Label line(String key, String text, String id) {
        Label label = Parts.label(model.ui().text(key) + ": " + model.ui().privacy().prose(text), id);
        label.getStyleClass().add("ask-line");
        return label;
    }
}
