package com.counteroffer.ui.offers;

import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.ui.common.RoundFields;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.DateField;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.Reflow;
import com.counteroffer.ui.common.TypeToSelect;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.offers.OfferEditorModel.EquityKind;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the offer editor (every field of an offer letter, and a round's date and proposer) to the Offers model. */
public final class OfferEditorController {

    /** The editor's width from which the preview fits beside a two-column form. */
    static final double PREVIEW_BESIDE_FROM = 900;

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final UiContext ui;
    private final OfferEditorParts parts;
    private final PrivateTermsParts privateParts;
    private OffersModel offers;
    private OfferEditorModel model;

    @FXML private BorderPane root;
    @FXML private Label editorTitle;
    @FXML private VBox roundSection;
    @FXML private DateField roundDateField;
    @FXML private Label roundDateError;
    @FXML private ComboBox<ProposedBy> roundByBox;
    @FXML private CheckBox roundAgreedBox;
    @FXML private TextField roundLabelField;
    @FXML private TextField roundNoteField;
    @FXML private TextField companyField;
    @FXML private Label companyError;
    @FXML private TextField titleField;
    @FXML private ComboBox<Level> levelBox;
    @FXML private ComboBox<String> locationBox;
    @FXML private DateField startField;
    @FXML private Label startError;
    @FXML private DateField deadlineField;
    @FXML private Label deadlineError;
    @FXML private ComboBox<OfferStatus> statusBox;
    @FXML private ComboBox<RemotePolicy> remoteBox;
    @FXML private CheckBox currentBox;
    @FXML private Label currentNote;
    @FXML private Label locationNote;
    @FXML private TextArea notesArea;
    @FXML private TextField baseField;
    @FXML private Label baseError;
    @FXML private TextField raiseField;
    @FXML private Label raiseError;
    @FXML private ToggleGroup bonusGroup;
    @FXML private RadioButton bonusPercentRadio;
    @FXML private RadioButton bonusAmountRadio;
    @FXML private TextField bonusPercentField;
    @FXML private TextField bonusAmountField;
    @FXML private Label bonusError;
    @FXML private TextField relocationField;
    @FXML private Label relocationError;
    @FXML private VBox signOnRows;
    @FXML private TextField clawbackFullField;
    @FXML private Label clawbackFullError;
    @FXML private TextField clawbackProratedField;
    @FXML private Label clawbackProratedError;
    @FXML private ToggleGroup equityGroup;
    @FXML private RadioButton equityNone;
    @FXML private RadioButton equityRsuValue;
    @FXML private RadioButton equityRsuShares;
    @FXML private RadioButton equityOptions;
    @FXML private GridPane equityGrid;
    @FXML private VBox privateBox;
    @FXML private VBox vestingBox;
    @FXML private VBox refresherRows;
    @FXML private TextField matchRateField;
    @FXML private Label matchRateError;
    @FXML private TextField matchOnFirstField;
    @FXML private Label matchOnFirstError;
    @FXML private TextField matchAnnualCapField;
    @FXML private Label matchAnnualCapError;
    @FXML private TextField benefitsField;
    @FXML private Label benefitsError;
    @FXML private TextField ptoField;
    @FXML private Label ptoError;
    @FXML private Label previewText;
    @FXML private VBox form;
    @FXML private VBox previewPane;
    @FXML private Label statusLabel;
    @FXML private Label privacyNote;
    @FXML private Button saveButton;

    public OfferEditorController(UiContext ui) {
        this.ui = ui;
        this.parts = new OfferEditorParts(ui);
        this.privateParts = new PrivateTermsParts(ui, parts);
    }

    /** Connects the editor to the Offers screen's model, which opens, saves and closes it. */
    public void attach(OffersModel owner) {
        this.offers = owner;
        this.model = owner.editor();
        MarketDataset dataset = ui.session().dataset().dataset();
        editorTitle.textProperty().bind(owner.editorHeadingProperty());
        statusLabel.textProperty().bind(owner.editorStatusProperty());
        bindRound(owner.round());
        roundSection.visibleProperty().bind(owner.editingProperty().isEqualTo(OffersModel.EditMode.ROUND));
        roundSection.managedProperty().bind(roundSection.visibleProperty());

        FormBinding.bind(companyField, model.company(), companyError);
        titleField.textProperty().bindBidirectional(model.titleProperty());
        levelBox.setItems(FXCollections.observableArrayList(Level.values()));
        levelBox.setConverter(Converters.labelled(Level::label));
        levelBox.valueProperty().bindBidirectional(model.levelProperty());
        locationBox.setItems(FXCollections.observableArrayList(dataset.hubs().stream().map(Hub::id).toList()));
        locationBox.setConverter(Converters.labelled(id -> dataset.hub(id).map(Hub::label).orElse(id)));
        locationBox.valueProperty().bindBidirectional(model.locationProperty());
        startField.bind(model.startDate(), startError);
        startField.setAccessibleName(ui.text("offer.start"));
        deadlineField.bind(model.deadline(), deadlineError);
        deadlineField.setAccessibleName(ui.text("offer.deadline"));
        statusBox.setItems(FXCollections.observableArrayList(OfferStatus.values()));
        statusBox.setConverter(Converters.labelled(OfferStatus::label));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        remoteBox.setItems(FXCollections.observableArrayList(RemotePolicy.values()));
        remoteBox.setConverter(Converters.labelled(RemotePolicy::label));
        remoteBox.valueProperty().bindBidirectional(model.remotePolicyProperty());
        // Typing picks from the lists: "sea" Seattle, "st" Staff.
        List.of(levelBox, locationBox, statusBox, remoteBox).forEach(TypeToSelect::install);
        currentBox.selectedProperty().bindBidirectional(model.currentProperty());
        // The hub's state, as the take-home figures will tax the offer.
        Runnable placeNote = () -> locationNote.setText(model.hubStateNote(ui.session().profile()));
        model.locationProperty().addListener((o, was, now) -> placeNote.run());
        model.remotePolicyProperty().addListener((o, was, now) -> placeNote.run());
        ui.session().profileProperty().addListener((o, was, now) -> placeNote.run());
        placeNote.run();
        locationNote.visibleProperty().bind(locationNote.textProperty().isNotEmpty());
        locationNote.managedProperty().bind(locationNote.visibleProperty());
        currentNote.textProperty().bind(model.fromProfileNoteProperty());
        currentNote.visibleProperty().bind(currentNote.textProperty().isNotEmpty());
        currentNote.managedProperty().bind(currentNote.visibleProperty());
        FormBinding.bindTypedText(notesArea, model.notesProperty(), ui.privacy());

        FormBinding.bindAmount(baseField, model.base(), baseError, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bind(raiseField, model.raise(), raiseError);
        FormBinding.bindAmount(relocationField, model.relocation(), relocationError, ui.privacy(), ui.text("privacy.amountLocked"));
        bindBonus();
        FormBinding.bind(clawbackFullField, model.clawbackFull(), clawbackFullError);
        FormBinding.bind(clawbackProratedField, model.clawbackProrated(), clawbackProratedError);
        model.signOns().addListener(rowsChanged(this::renderSignOns));
        renderSignOns();
        bindEquity();
        model.refreshers().addListener(rowsChanged(this::renderRefreshers));
        renderRefreshers();
        FormBinding.bind(matchRateField, model.matchRate(), matchRateError);
        FormBinding.bind(matchOnFirstField, model.matchOnFirst(), matchOnFirstError);
        FormBinding.bindAmount(matchAnnualCapField, model.matchAnnualCap(), matchAnnualCapError, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bindAmount(benefitsField, model.benefits(), benefitsError, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bind(ptoField, model.ptoDays(), ptoError);

        saveButton.disableProperty().bind(owner.savingProperty());
        model.revisionProperty().addListener((o, was, now) -> renderPreview());
        privacyNote.visibleProperty().bind(ui.privacy().onProperty());
        privacyNote.managedProperty().bind(privacyNote.visibleProperty());
        ui.privacy().onProperty().addListener((o, was, now) -> renderPreview());
        root.setOnKeyPressed(event -> {
            if (SAVE.match(event)) {
                save();
                event.consume();
            }
        });
        renderPreview();
        fitNarrowWindows();
    }

    /**
     * Where the window is narrow (large type, a small screen) the preview moves under the form and each
     * two-column grid becomes one column, so captions wrap rather than being cut.
     */
    private void fitNarrowWindows() {
        form.lookupAll("GridPane").forEach(node -> Reflow.grid((GridPane) node));
        root.widthProperty().addListener((o, was, width) -> {
            boolean narrow = width.doubleValue() > 0 && width.doubleValue() < PREVIEW_BESIDE_FROM;
            if (narrow && root.getRight() == previewPane) {
                root.setRight(null);
                form.getChildren().add(previewPane);
            } else if (!narrow && root.getRight() != previewPane) {
                form.getChildren().remove(previewPane);
                root.setRight(previewPane);
            }
        });
    }

    private void bindRound(RoundFields round) {
        roundDateField.bind(round.date(), roundDateError);
        roundDateField.setAccessibleName(ui.text("offers.round.date"));
        roundByBox.setItems(FXCollections.observableArrayList(ProposedBy.values()));
        roundByBox.setConverter(Converters.labelled(by -> ui.text(by == ProposedBy.EMPLOYER ? "offers.round.employer"
                : "offers.round.candidate")));
        roundByBox.valueProperty().bindBidirectional(round.proposedByProperty());
        roundAgreedBox.selectedProperty().bindBidirectional(round.agreedProperty());
        roundAgreedBox.visibleProperty().bind(round.agreedAppliesProperty());
        roundAgreedBox.managedProperty().bind(roundAgreedBox.visibleProperty());
        roundLabelField.textProperty().bindBidirectional(round.labelProperty());
        roundNoteField.textProperty().bindBidirectional(round.noteProperty());
    }

    private void bindBonus() {
        bonusPercentRadio.setSelected(!model.bonusAsAmountProperty().get());
        bonusAmountRadio.setSelected(model.bonusAsAmountProperty().get());
        bonusGroup.selectedToggleProperty().addListener((o, was, now) ->
                model.bonusAsAmountProperty().set(now == bonusAmountRadio));
        Label percentError = new Label();
        Label amountError = new Label();
        FormBinding.bind(bonusPercentField, model.bonusPercent(), percentError);
        FormBinding.bindAmount(bonusAmountField, model.bonusAmount(), amountError, ui.privacy(), ui.text("privacy.amountLocked"));
        bonusError.textProperty().bind(Bindings.when(model.bonusAsAmountProperty())
                .then(amountError.textProperty()).otherwise(percentError.textProperty()));
        bonusError.visibleProperty().bind(bonusError.textProperty().isNotEmpty());
        bonusError.managedProperty().bind(bonusError.visibleProperty());
        for (TextField field : List.of(bonusPercentField, bonusAmountField)) {
            boolean amount = field == bonusAmountField;
            field.visibleProperty().bind(amount ? model.bonusAsAmountProperty() : model.bonusAsAmountProperty().not());
            field.managedProperty().bind(field.visibleProperty());
        }
        // Leaving a bonus field moves "10%" or "$15,000" to the field it belongs in.
        for (TextField field : List.of(bonusPercentField, bonusAmountField)) {
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    model.settleBonus();
                }
            });
            field.addEventHandler(javafx.event.ActionEvent.ACTION, event -> model.settleBonus());
        }
        model.bonusAsAmountProperty().addListener((o, was, amount) ->
                (amount ? bonusAmountRadio : bonusPercentRadio).setSelected(true));
    }

    private void bindEquity() {
        equityNone.setUserData(EquityKind.NONE);
        equityRsuValue.setUserData(EquityKind.RSU_VALUE);
        equityRsuShares.setUserData(EquityKind.RSU_SHARES);
        equityOptions.setUserData(EquityKind.OPTIONS);
        equityGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.equityKindProperty().set((EquityKind) now.getUserData());
            }
        });
        model.equityKindProperty().addListener((o, was, kind) -> renderEquity());
        renderEquity();
    }

    /** Puts the cursor in the first field, so an offer can be typed without the mouse. */
    public void focusFirstField() {
        (roundSection.isVisible() ? roundDateField.editor() : companyField).requestFocus();
    }

    @FXML
    void save() {
        offers.saveEditor();
    }

    @FXML
    void cancel() {
        offers.closeEditor();
    }

    @FXML
    void addSignOn() {
        model.addSignOn();
    }

    @FXML
    void addRefresher() {
        model.addRefresher();
    }

    private void renderPreview() {
        Offer offer = model.offerOrNull();
        previewText.setText(offer == null ? ui.text("offer.preview.needs", model.listFields(model.blockingFields()))
                : OfferEditorParts.preview(ui.services().offers().project(offer), ui.privacy()));
    }

    private void renderSignOns() {
        signOnRows.getChildren().setAll(parts.signOnLines(model));
    }

    private void renderRefreshers() {
        refresherRows.getChildren().setAll(parts.refresherBlocks(model));
    }

    private void renderEquity() {
        EquityKind kind = model.equityKindProperty().get();
        for (Toggle toggle : equityGroup.getToggles()) {
            if (toggle.getUserData() == kind) {
                toggle.setSelected(true);
            }
        }
        equityGrid.getChildren().clear();
        List<VBox> fields = parts.equityFields(model, kind);
        for (int i = 0; i < fields.size(); i++) {
            equityGrid.add(fields.get(i), i % 2, i / 2);
            GridPane.setHgrow(fields.get(i), Priority.ALWAYS);
        }
        privateBox.getChildren().setAll(privateParts.editor(model.privateTerms(), kind));
        vestingBox.getChildren().setAll(kind == EquityKind.NONE ? List.of()
                : List.of(parts.vestingEditor(model.vesting(), "equity")));
    }

    private static <T> ListChangeListener<T> rowsChanged(Runnable render) {
        return change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasReplaced() || change.wasPermutated()) {
                    render.run();
                    return;
                }
            }
        };
    }

    public OfferEditorModel model() {
        return model;
    }
}
