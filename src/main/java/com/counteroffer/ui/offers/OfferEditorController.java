package com.counteroffer.ui.offers;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.UnsavedChanges;
import com.counteroffer.ui.common.MarketData;
import com.counteroffer.ui.common.ValidatedField;
import com.counteroffer.ui.offers.OfferEditorModel.EquityKind;
import com.counteroffer.ui.common.LeaveGuard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The offer editor: every field of an offer letter, validated as typed, with a live projection. */
public final class OfferEditorController implements LeaveGuard {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final OfferEditorModel model = new OfferEditorModel();
    /** A save is on its way to the store: no second one (a double click would add the offer twice). */
    private final javafx.beans.property.BooleanProperty saving = new javafx.beans.property.SimpleBooleanProperty();
    private final MarketData marketData;
    private final ResourceBundle bundle;
    private Consumer<Offer> onSave = offer -> { };
    private Runnable onClose = () -> { };

    @FXML private BorderPane root;
    @FXML private Label editorTitle;
    @FXML private TextField companyField;
    @FXML private Label companyError;
    @FXML private TextField titleField;
    @FXML private ComboBox<Level> levelBox;
    @FXML private ComboBox<String> locationBox;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker deadlinePicker;
    @FXML private ComboBox<OfferStatus> statusBox;
    @FXML private ComboBox<RemotePolicy> remoteBox;
    @FXML private CheckBox currentBox;
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
    @FXML private Label statusLabel;
    @FXML private Button saveButton;

    public OfferEditorController(MarketData marketData, ResourceBundle bundle) {
        this.marketData = marketData;
        this.bundle = bundle;
    }

    public OfferEditorModel model() {
        return model;
    }

    /** Opens the editor on an offer (null: a new one); {@code save} gets the edited offer. */
    public void edit(Offer offer, Consumer<Offer> save, Runnable close) {
        this.onSave = save;
        this.onClose = close;
        saving.set(false);
        model.load(offer);
        editorTitle.setText(offer == null ? bundle.getString("offer.new.title")
                : MessageFormat.format(bundle.getString("offer.edit.title"), offer.company()));
        statusLabel.setText("");
        companyField.requestFocus();
    }

    /** Marks the editor as entering a negotiation round's new terms (changes the heading). */
    public void markAsRound(String heading) {
        editorTitle.setText(heading);
    }

    /** Called by the owner once the save went through. */
    public void saved(Offer offer) {
        saving.set(false);
        model.markSaved();
        statusLabel.setText(MessageFormat.format(bundle.getString("offer.saved"), offer.company()));
    }

    public void saveFailed(Throwable error) {
        saving.set(false);
        statusLabel.setText(MessageFormat.format(bundle.getString("offer.saveFailed"), error.getMessage()));
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        MarketDataset dataset = marketData.dataset();
        FormBinding.bind(companyField, model.company(), companyError);
        titleField.textProperty().bindBidirectional(model.titleProperty());
        levelBox.setItems(FXCollections.observableArrayList(Level.values()));
        levelBox.setConverter(Converters.labelled(Level::label));
        levelBox.valueProperty().bindBidirectional(model.levelProperty());
        locationBox.setItems(FXCollections.observableArrayList(dataset.hubs().stream().map(Hub::id).toList()));
        locationBox.setConverter(Converters.labelled(id -> dataset.hub(id).map(Hub::label).orElse(id)));
        locationBox.valueProperty().bindBidirectional(model.locationProperty());
        startPicker.valueProperty().bindBidirectional(model.startDateProperty());
        deadlinePicker.valueProperty().bindBidirectional(model.deadlineProperty());
        statusBox.setItems(FXCollections.observableArrayList(OfferStatus.values()));
        statusBox.setConverter(Converters.labelled(OfferStatus::label));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        remoteBox.setItems(FXCollections.observableArrayList(RemotePolicy.values()));
        remoteBox.setConverter(Converters.labelled(RemotePolicy::label));
        remoteBox.valueProperty().bindBidirectional(model.remotePolicyProperty());
        currentBox.selectedProperty().bindBidirectional(model.currentProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());

        FormBinding.bind(baseField, model.base(), baseError);
        FormBinding.bind(raiseField, model.raise(), raiseError);
        FormBinding.bind(relocationField, model.relocation(), relocationError);
        bonusPercentRadio.setSelected(!model.bonusAsAmountProperty().get());
        bonusAmountRadio.setSelected(model.bonusAsAmountProperty().get());
        bonusGroup.selectedToggleProperty().addListener((o, was, now) ->
                model.bonusAsAmountProperty().set(now == bonusAmountRadio));
        Label percentError = new Label();
        Label amountError = new Label();
        FormBinding.bind(bonusPercentField, model.bonusPercent(), percentError);
        FormBinding.bind(bonusAmountField, model.bonusAmount(), amountError);
        bonusError.textProperty().bind(Bindings.when(model.bonusAsAmountProperty())
                .then(amountError.textProperty()).otherwise(percentError.textProperty()));
        bonusError.visibleProperty().bind(bonusError.textProperty().isNotEmpty());
        bonusError.managedProperty().bind(bonusError.visibleProperty());
        for (TextField field : List.of(bonusPercentField, bonusAmountField)) {
            boolean amountField = field == bonusAmountField;
            field.visibleProperty().bind(amountField ? model.bonusAsAmountProperty() : model.bonusAsAmountProperty().not());
            field.managedProperty().bind(field.visibleProperty());
        }
        model.bonusAsAmountProperty().addListener((o, was, amount) ->
                (amount ? bonusAmountRadio : bonusPercentRadio).setSelected(true));

        FormBinding.bind(clawbackFullField, model.clawbackFull(), clawbackFullError);
        FormBinding.bind(clawbackProratedField, model.clawbackProrated(), clawbackProratedError);
        model.signOns().addListener((ListChangeListener<OfferEditorModel.SignOnRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasReplaced() || change.wasPermutated()) {
                    renderSignOns();
                    return;
                }
            }
        });
        renderSignOns();

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

        model.refreshers().addListener((ListChangeListener<OfferEditorModel.RefresherRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasReplaced() || change.wasPermutated()) {
                    renderRefreshers();
                    return;
                }
            }
        });
        renderRefreshers();

        FormBinding.bind(matchRateField, model.matchRate(), matchRateError);
        FormBinding.bind(matchOnFirstField, model.matchOnFirst(), matchOnFirstError);
        FormBinding.bind(matchAnnualCapField, model.matchAnnualCap(), matchAnnualCapError);
        FormBinding.bind(benefitsField, model.benefits(), benefitsError);
        FormBinding.bind(ptoField, model.ptoDays(), ptoError);

        saveButton.disableProperty().bind(model.validProperty().not().or(model.dirtyProperty().not()).or(saving));
        model.revisionProperty().addListener((o, was, now) -> renderPreview());
        root.setOnKeyPressed(event -> {
            if (SAVE.match(event)) {
                save();
                event.consume();
            }
        });
        renderPreview();
    }

    @FXML
    void save() {
        if (!model.validProperty().get()) {
            model.revealAll();
            statusLabel.setText(MessageFormat.format(bundle.getString("offer.invalid"), model.problems().get(0)));
            return;
        }
        if (!model.dirtyProperty().get() || saving.get()) {
            return;
        }
        saving.set(true);
        onSave.accept(model.toOffer());
    }

    @FXML
    void cancel() {
        if (confirmLeave()) {
            onClose.run();
        }
    }

    @FXML
    void addSignOn() {
        model.addSignOn();
    }

    @FXML
    void addRefresher() {
        model.addRefresher();
    }

    @Override
    public boolean confirmLeave() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        UnsavedChanges.Answer answer = UnsavedChanges.ask(root, bundle, bundle.getString("offers.leave.header"));
        if (answer == UnsavedChanges.Answer.DISCARD) {
            model.load(null);
            return true;
        }
        if (answer == UnsavedChanges.Answer.SAVE && model.validProperty().get()) {
            // Stay until the store confirms: the owner closes the editor once the save succeeds.
            save();
            return false;
        }
        if (answer == UnsavedChanges.Answer.SAVE) {
            model.revealAll();
            statusLabel.setText(MessageFormat.format(bundle.getString("offer.invalid"), model.problems().get(0)));
        }
        return false;
    }

    private void renderPreview() {
        Offer offer = model.offerOrNull();
        if (offer == null) {
            previewText.setText(bundle.getString("offer.preview.invalid"));
            return;
        }
        Projection projection = CompensationEngine.project(offer, ProjectionSettings.defaults());
        StringBuilder text = new StringBuilder();
        for (YearAmounts year : projection.years()) {
            text.append("Year ").append(year.year()).append(": ").append(dollars(year.total())).append('\n');
        }
        text.append('\n').append("Annualised (Levels-style): ").append(dollars(projection.tcAnnualized()));
        text.append('\n').append("Steady state (year ").append(projection.steadyStateYear()).append("): ")
                .append(dollars(projection.tcSteadyState()));
        previewText.setText(text.toString());
    }

    private void renderSignOns() {
        signOnRows.getChildren().clear();
        for (OfferEditorModel.SignOnRow row : model.signOns()) {
            int index = signOnRows.getChildren().size() + 1;
            VBox amount = field(bundle.getString("offer.signOn.amount") + " " + index, row.amount(), "sign-on-amount");
            VBox year = field(bundle.getString("offer.signOn.year"), row.year(), "sign-on-year");
            VBox months = field(bundle.getString("offer.signOn.months"), row.months(), "sign-on-months");
            Button remove = removeButton(bundle.getString("offer.signOn.remove"), () -> model.signOns().remove(row));
            HBox line = new HBox(10, amount, year, months, remove);
            line.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
            HBox.setHgrow(amount, Priority.ALWAYS);
            signOnRows.getChildren().add(line);
        }
    }

    private void renderRefreshers() {
        refresherRows.getChildren().clear();
        for (OfferEditorModel.RefresherRow row : model.refreshers()) {
            int index = refresherRows.getChildren().size() + 1;
            VBox value = field(bundle.getString("offer.refresher.value") + " " + index, row.value(), "refresher-value");
            VBox first = field(bundle.getString("offer.refresher.first"), row.firstYear(), "refresher-first");
            CheckBox guaranteed = new CheckBox(bundle.getString("offer.refresher.guaranteed"));
            guaranteed.selectedProperty().bindBidirectional(row.guaranteedProperty());
            guaranteed.setAccessibleText(bundle.getString("offer.refresher.guaranteed") + " " + index);
            Button remove = removeButton(bundle.getString("offer.refresher.remove"), () -> model.refreshers().remove(row));
            HBox line = new HBox(10, value, first, guaranteed, remove);
            line.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
            HBox.setHgrow(value, Priority.ALWAYS);
            VBox block = new VBox(4, line, vestingEditor(row.vesting(), "refresher"));
            block.getStyleClass().add("sub-block");
            refresherRows.getChildren().add(block);
        }
    }

    private void renderEquity() {
        EquityKind kind = model.equityKindProperty().get();
        for (javafx.scene.control.Toggle toggle : equityGroup.getToggles()) {
            if (toggle.getUserData() == kind) {
                toggle.setSelected(true);
            }
        }
        equityGrid.getChildren().clear();
        List<VBox> fields = switch (kind) {
            case NONE -> List.of();
            case RSU_VALUE -> List.of(field(bundle.getString("offer.equity.grantValue"), model.grantValue(), "grant-value"));
            case RSU_SHARES -> List.of(field(bundle.getString("offer.equity.shares"), model.shares(), "shares"),
                    field(bundle.getString("offer.equity.sharePrice"), model.sharePrice(), "share-price"));
            case OPTIONS -> List.of(field(bundle.getString("offer.equity.shares"), model.shares(), "shares"),
                    field(bundle.getString("offer.equity.strike"), model.strike(), "strike"),
                    field(bundle.getString("offer.equity.fmv"), model.fairMarketValue(), "fmv"),
                    field(bundle.getString("offer.equity.preferred"), model.preferredPrice(), "preferred"),
                    field(bundle.getString("offer.equity.valuation"), model.valuation(), "valuation"),
                    field(bundle.getString("offer.equity.fds"), model.fullyDilutedShares(), "fds"),
                    field(bundle.getString("offer.equity.window"), model.exerciseWindow(), "window"));
        };
        for (int i = 0; i < fields.size(); i++) {
            equityGrid.add(fields.get(i), i % 2, i / 2);
            GridPane.setHgrow(fields.get(i), Priority.ALWAYS);
        }
        vestingBox.getChildren().setAll(kind == EquityKind.NONE ? List.of() : List.of(vestingEditor(model.vesting(), "equity")));
    }

    /** A preset chooser, and the custom fields when "Custom schedule" is chosen. */
    private VBox vestingEditor(VestingInput vesting, String idPrefix) {
        ComboBox<VestingPreset> preset = new ComboBox<>(FXCollections.observableArrayList(VestingPreset.values()));
        preset.getItems().add(null);
        preset.setId(idPrefix + "-vesting-preset");
        preset.setConverter(Converters.labelled(p -> p.label()));
        preset.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(VestingPreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? bundle.getString("offer.vesting.custom") : item.label());
            }
        });
        preset.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(VestingPreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? bundle.getString("offer.vesting.custom") : item.label());
            }
        });
        preset.setAccessibleText(bundle.getString("offer.vesting"));
        preset.valueProperty().bindBidirectional(vesting.presetProperty());
        preset.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label();
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(() -> vesting.presetProperty().get() == null ? ""
                : vesting.presetProperty().get().sourceNote(), vesting.presetProperty()));
        VBox yearly = field(bundle.getString("offer.vesting.yearly"), vesting.yearlyPercents(), idPrefix + "-vesting-yearly");
        VBox cliff = field(bundle.getString("offer.vesting.cliff"), vesting.cliffMonths(), idPrefix + "-vesting-cliff");
        ComboBox<Cadence> cadence = new ComboBox<>(FXCollections.observableArrayList(Cadence.values()));
        cadence.setConverter(Converters.labelled(Cadence::id));
        cadence.valueProperty().bindBidirectional(vesting.cadenceProperty());
        cadence.setAccessibleText(bundle.getString("offer.vesting.cadence"));
        VBox cadenceBox = new VBox(2, new Label(bundle.getString("offer.vesting.cadence")), cadence);
        Label customProblem = new Label();
        customProblem.getStyleClass().add("field-error");
        customProblem.setWrapText(true);
        FormBinding.bindMessage(customProblem, Bindings.createStringBinding(vesting::customProblem,
                vesting.presetProperty(), vesting.yearlyPercents().textProperty(), vesting.cliffMonths().textProperty(),
                vesting.cadenceProperty()));
        HBox custom = new HBox(10, yearly, cliff, cadenceBox);
        HBox.setHgrow(yearly, Priority.ALWAYS);
        custom.visibleProperty().bind(vesting.presetProperty().isNull());
        custom.managedProperty().bind(custom.visibleProperty());
        Label heading = new Label(bundle.getString("offer.vesting.preset"));
        heading.setLabelFor(preset);
        return new VBox(3, heading, preset, note, custom, customProblem);
    }

    private VBox field(String label, ValidatedField<?> field, String id) {
        Label caption = new Label(label);
        TextField input = new TextField();
        input.setId(id);
        input.setAccessibleText(label);
        caption.setLabelFor(input);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        FormBinding.bind(input, field, error);
        VBox box = new VBox(2, caption, input, error);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Button removeButton(String text, Runnable action) {
        Button remove = new Button("×");
        remove.setAccessibleText(text);
        remove.setTooltip(new javafx.scene.control.Tooltip(text));
        remove.setOnAction(event -> action.run());
        return remove;
    }

    private static String dollars(BigDecimal amount) {
        return Money.format(amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
