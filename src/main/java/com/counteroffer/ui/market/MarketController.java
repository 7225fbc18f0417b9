package com.counteroffer.ui.market;

import com.counteroffer.ui.common.DraftHolder;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.UiContext;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the Market screen to its {@link MarketModel}. */
public final class MarketController implements DraftHolder {

    private final MarketModel model;
    private final UiContext ui;

    @FXML private Label leadLabel;
    @FXML private VBox noProfileBox;
    @FXML private VBox positionBox;
    @FXML private Label positionWords;
    @FXML private Label positionDetail;
    @FXML private Label positionFormula;
    @FXML private VBox adjustmentList;
    @FXML private BandChart chart;
    @FXML private Label chartNotes;
    @FXML private Label totalsLeftOut;
    @FXML private VBox premiumSwitches;
    @FXML private TextField locationFactor;
    @FXML private TextField locationReason;
    @FXML private Label locationFactorError;
    @FXML private TextField sectorFactor;
    @FXML private TextField sectorReason;
    @FXML private Label sectorFactorError;
    @FXML private TextField educationFactor;
    @FXML private TextField educationReason;
    @FXML private Label educationFactorError;
    @FXML private Label locationEvidence;
    @FXML private Button applyAssumptions;
    @FXML private Label assumptionsStatus;

    public MarketController(UiContext ui) {
        this.ui = ui;
        this.model = new MarketModel(ui);
    }

    public MarketModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        leadLabel.textProperty().bind(model.leadProperty());
        showWhen(noProfileBox, false);
        showWhen(positionBox, model.hasProfileProperty().get());
        model.hasProfileProperty().addListener((o, was, has) -> {
            showWhen(noProfileBox, !has);
            showWhen(positionBox, has);
        });
        showWhen(noProfileBox, !model.hasProfileProperty().get());
        positionWords.textProperty().bind(model.positionWordsProperty());
        positionDetail.textProperty().bind(model.positionDetailProperty());
        positionFormula.textProperty().bind(model.positionFormulaProperty());
        model.adjustmentLines().addListener((ListChangeListener<String>) change -> renderAdjustments());
        renderAdjustments();
        chart.setPrivacy(ui.privacy());
        model.chartProperty().addListener((o, was, content) -> chart.setContent(content));
        chart.setContent(model.chartProperty().get());
        chartNotes.textProperty().bind(model.chartNotesProperty());
        totalsLeftOut.textProperty().bind(model.totalsLeftOutProperty());
        totalsLeftOut.visibleProperty().bind(model.totalsLeftOutProperty().isNotEmpty());
        totalsLeftOut.managedProperty().bind(totalsLeftOut.visibleProperty());
        locationEvidence.textProperty().bind(model.locationEvidenceProperty());

        FormBinding.bind(locationFactor, model.locationFactor(), locationFactorError);
        FormBinding.bind(sectorFactor, model.sectorFactor(), sectorFactorError);
        FormBinding.bind(educationFactor, model.educationFactor(), educationFactorError);
        locationReason.textProperty().bindBidirectional(model.locationReasonProperty());
        sectorReason.textProperty().bindBidirectional(model.sectorReasonProperty());
        educationReason.textProperty().bindBidirectional(model.educationReasonProperty());
        for (TextField field : List.of(locationFactor, sectorFactor, educationFactor, locationReason, sectorReason,
                educationReason)) {
            field.setOnAction(event -> model.apply());
        }
        applyAssumptions.disableProperty().bind(model.factorsValidProperty().not());
        assumptionsStatus.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, was, error) -> {
            assumptionsStatus.getStyleClass().remove("error");
            if (error) {
                assumptionsStatus.getStyleClass().add("error");
            }
        });
        model.premiums().addListener((ListChangeListener<MarketModel.PremiumSwitch>) change -> renderPremiums());
        renderPremiums();
    }

    private void renderAdjustments() {
        if (model.adjustmentLines().isEmpty()) {
            Label none = new Label(ui.text("market.adjustments.none"));
            none.getStyleClass().add("note");
            none.setWrapText(true);
            adjustmentList.getChildren().setAll(none);
            return;
        }
        adjustmentList.getChildren().setAll(model.adjustmentLines().stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("adjustment-line");
            return (Node) line;
        }).toList());
    }

    private void renderPremiums() {
        premiumSwitches.getChildren().setAll(model.premiums().stream().map(premium -> {
            CheckBox box = new CheckBox(premium.label());
            box.setId("premium-" + premium.id());
            box.setWrapText(true);
            box.setAccessibleText(premium.label());
            box.selectedProperty().bindBidirectional(premium.selected());
            box.disableProperty().bind(model.hasProfileProperty().not());
            return (Node) box;
        }).toList());
    }

    @FXML
    void applyAssumptions() {
        model.apply();
    }

    @FXML
    void openProfile() {
        model.openProfile();
    }

    public BandChart chart() {
        return chart;
    }

    private static void showWhen(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @Override
    public boolean releaseDrafts() {
        return model.releaseDrafts();
    }
}
