package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.service.NegotiationView;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
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
    @FXML private NegotiationPictureView picture;
    @FXML private VBox asks;
    @FXML private VBox planNotes;

    void attach(NegotiateModel owner) {
        this.model = owner;
        for (Lever lever : Lever.values()) {
            CheckBox box = new CheckBox(lever.label());
            box.setId("lever-" + lever.id());
            box.selectedProperty().addListener((o, was, on) -> {
                if (!loading) {
                    model.setLever(lever, on);
                }
            });
            leverBoxes.getChildren().add(box);
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
        model.workspaceProperty().addListener((o, was, workspace) -> showSettings(workspace));
        model.viewProperty().addListener((o, was, view) -> render(view));
        showSettings(model.workspaceProperty().get());
        model.ui().privacy().onProperty().addListener((o, was, now) -> render(model.viewProperty().get()));
        render(model.viewProperty().get());
        picture.attach(model);
    }

    private void showSettings(NegotiationWorkspace workspace) {
        if (workspace == null) {
            return;
        }
        loading = true;
        try {
            targetSlider.setValue(workspace.settings().targetPosition().movePointRight(2).doubleValue());
            anchorSlider.setValue(workspace.settings().anchorMargin().movePointRight(2).doubleValue());
            leverBoxes.getChildren().forEach(node -> ((CheckBox) node).setSelected(workspace.settings().levers()
                    .stream().anyMatch(lever -> node.getId().equals("lever-" + lever.id()))));
        } finally {
            loading = false;
        }
    }

    private void render(NegotiationView view) {
        if (view == null) {
            asks.getChildren().clear();
            planNotes.getChildren().clear();
            return;
        }
        asks.getChildren().clear();
        for (Ask ask : view.plan().asks()) {
            VBox card = new VBox();
            card.getStyleClass().add("ask-card");
            card.setId("ask-" + ask.lever().id());
            String headline = ask.lever().label() + (ask.target() == null ? ""
                    : " — target " + model.ui().privacy().money(ask.target()) + " · open with "
                            + model.ui().privacy().money(ask.opening()));
            Label title = Parts.label(headline, null);
            title.getStyleClass().add("ask-headline");
            card.getChildren().add(title);
            if (ask.text() != null && !ask.text().isBlank()) {
                card.getChildren().add(Parts.label(model.ui().privacy().prose(ask.text()), null));
            }
            Label rule = Parts.label(model.ui().privacy().prose(ask.rule()), null);
            rule.getStyleClass().add("ask-rule");
            card.getChildren().add(rule);
            ask.inputs().forEach((name, value) -> card.getChildren().add(Parts.note("   " + name + ": " + model.ui().privacy().prose(String.valueOf(value)))));
            asks.getChildren().add(card);
        }
        planNotes.getChildren().setAll(view.plan().notes().stream().map(text -> Parts.note("• " + model.ui().privacy().prose(text))).toList());
    }
}
