package com.counteroffer.ui.negotiate;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.negotiation.CompetingOffer;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.UiContext;
import java.math.BigDecimal;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The negotiation assistant for one offer: where it stands and the walk-away here; the plan,
 * equivalent packages, talking points, scripts, rounds and checklist in their own parts, all on one {@link NegotiateModel}.
 */
public final class NegotiateController {

    private final UiContext ui;
    private final NegotiateModel model;

    @FXML private ScrollPane root;
    @FXML private ComboBox<Long> offerBox;
    @FXML private Label emptyNote;
    @FXML private Label statusLabel;
    @FXML private HBox negotiateLoading;
    @FXML private ProgressIndicator loadingProgress;
    @FXML private VBox workspaceBox;
    @FXML private VBox warningsBox;
    @FXML private Label positionText;
    @FXML private VBox context;
    @FXML private TextField walkAwayField;
    @FXML private Label walkAwayRule;
    @FXML private Label walkAwayError;
    @FXML private PlanController planController;
    @FXML private PackagesController packagesController;
    @FXML private PointsController pointsController;
    @FXML private ScriptsController scriptsController;
    @FXML private RoundsController roundsController;
    @FXML private ChecklistController checklistController;

    public NegotiateController(UiContext ui) {
        this.ui = ui;
        this.model = new NegotiateModel(ui);
    }

    public NegotiateModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        offerBox.setItems(model.offerChoices());
        offerBox.setConverter(Converters.labelled(id -> offer(id)
                .map(o -> o.company() + (o.title().isEmpty() ? "" : " — " + o.title())).orElse("")));
        offerBox.valueProperty().bindBidirectional(model.chosenProperty());
        // A company and a title can be longer than a narrow window: two lines, not one ending in "…".
        offerBox.setButtonCell(new OfferChoiceCell(this::offer));
        offerBox.setCellFactory(list -> new OfferChoiceCell(this::offer));
        emptyNote.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.offerChoices()));
        emptyNote.managedProperty().bind(emptyNote.visibleProperty());
        workspaceBox.visibleProperty().bind(model.viewProperty().isNotNull());
        workspaceBox.managedProperty().bind(workspaceBox.visibleProperty());
        negotiateLoading.visibleProperty().bind(model.loadingProperty());
        negotiateLoading.managedProperty().bind(negotiateLoading.visibleProperty());
        // Spinning only while shown: a hidden indeterminate indicator would still animate.
        loadingProgress.progressProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(ProgressIndicator.INDETERMINATE_PROGRESS).otherwise(0));
        statusLabel.textProperty().bind(model.statusProperty());
        statusLabel.visibleProperty().bind(model.statusProperty().isNotEmpty().and(model.loadingProperty().not()));
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        FormBinding.bindAmount(walkAwayField, model.walkAway(), walkAwayError, ui.privacy(), ui.text("privacy.amountLocked"));
        walkAwayField.setOnAction(event -> model.applyWalkAway());
        walkAwayField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.applyWalkAway();
            }
        });
        model.viewProperty().addListener((o, was, view) -> render(view));
        ui.privacy().onProperty().addListener((o, was, now) -> render(model.viewProperty().get()));
        planController.attach(model);
        packagesController.attach(model);
        pointsController.attach(model);
        scriptsController.attach(model);
        roundsController.attach(model.rounds(), ui);
        checklistController.attach(model, ui);
        render(model.viewProperty().get());
    }

    private void render(NegotiationView view) {
        if (view == null) {
            return;
        }
        CounterPlan plan = view.plan();
        warningsBox.getChildren().setAll(plan.warnings().stream()
                .map(w -> Parts.label("⚠ " + ui.privacy().prose(w.message()), "warning-" + w.code())).toList());
        warningsBox.setVisible(!plan.warnings().isEmpty());
        warningsBox.setManaged(!plan.warnings().isEmpty());
        positionText.setText(plan.position() == null ? "No market band to place this offer in (set its level)."
                : ui.privacy().prose(Parts.capitalise(plan.position().describe())) + ".");
        context.getChildren().clear();
        context.getChildren().add(Parts.label("Annualised (Levels-style): " + dollars(view.context().projection()
                .tcAnnualized()) + " · year 1 " + dollars(view.context().projection().tcYear1()), null));
        for (CompetingOffer other : view.context().others()) {
            context.getChildren().add(Parts.label("Competing: " + other.label() + " — annualised "
                    + dollars(other.projection().tcAnnualized()), null));
        }
        view.context().leftOut().forEach(note -> context.getChildren().add(Notes.note(ui.privacy().prose(note))));
        if (plan.unvestedLeftBehind() != null && plan.unvestedLeftBehind().signum() > 0) {
            context.getChildren().add(Parts.label("Unvested equity you would leave behind: "
                    + dollars(plan.unvestedLeftBehind()) + " (from your profile).", null));
        }
        walkAwayRule.setText(plan.walkAway() == null ? "No walk-away point yet: enter one."
                : "Walk away below " + dollars(plan.walkAway()) + ": " + ui.privacy().prose(plan.walkAwayRule()));
    }

    /** The script shown, for tests. */
    public String script() {
        return model.scriptProperty().get();
    }

    public CounterPlan plan() {
        return model.viewProperty().get() == null ? null : model.viewProperty().get().plan();
    }

    public void openOffer(long offerId) {
        model.openOffer(offerId);
    }

    private String dollars(BigDecimal amount) {
        return ui.privacy().money(amount);
    }

    private java.util.Optional<com.counteroffer.domain.offer.Offer> offer(long id) {
        return ui.session().offers().stream().filter(s -> s.id() == id).findFirst().map(s -> s.offer());
    }
}
