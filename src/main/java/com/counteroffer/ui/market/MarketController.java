package com.counteroffer.ui.market;

import com.counteroffer.domain.offer.StoredOffer;

import com.counteroffer.domain.input.Multipliers;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.GlobalContext;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.MarketPositionEngine;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.PrevailingWage;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.market.SourcedAmount;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.ProfileAdjustments;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.store.ProfileRepository;
import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.ui.common.ClientData;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.FxFutures;
import com.counteroffer.ui.common.MarketData;
import com.counteroffer.ui.common.ValidatedField;
import com.counteroffer.ui.common.Navigator;
import com.counteroffer.ui.common.Screen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The market screen: the level bands on one axis, the user placed in theirs with the position in
 * words and as a formula, every adjustment as a line item with its source, and the assumptions.
 */
public final class MarketController {

    private final ClientData clientData;
    private final MarketData marketData;
    private final ProfileRepository repository;
    private final Navigator navigator;
    private final ResourceBundle bundle;
    private final ValidatedField<BigDecimal> locationFactorField = new ValidatedField<>(Multipliers::parse);
    private final ValidatedField<BigDecimal> sectorFactorField = new ValidatedField<>(Multipliers::parse);
    private final ValidatedField<BigDecimal> educationFactorField = new ValidatedField<>(Multipliers::parse);
    private final Map<String, CheckBox> premiumBoxes = new LinkedHashMap<>();
    private boolean loadingAssumptions;

    @FXML
    private Label leadLabel;
    @FXML
    private VBox noProfileBox;
    @FXML
    private VBox positionBox;
    @FXML
    private Label positionWords;
    @FXML
    private Label positionDetail;
    @FXML
    private Label positionFormula;
    @FXML
    private VBox adjustmentList;
    @FXML
    private BandChart chart;
    @FXML
    private Label chartNotes;
    @FXML
    private VBox assumptionsBox;
    @FXML
    private VBox premiumSwitches;
    @FXML
    private TextField locationFactor;
    @FXML
    private TextField locationReason;
    @FXML
    private Label locationFactorError;
    @FXML
    private TextField sectorFactor;
    @FXML
    private TextField sectorReason;
    @FXML
    private Label sectorFactorError;
    @FXML
    private TextField educationFactor;
    @FXML
    private TextField educationReason;
    @FXML
    private Label educationFactorError;
    @FXML
    private Label locationEvidence;
    @FXML
    private Button applyAssumptions;
    @FXML
    private Label assumptionsStatus;

    public MarketController(ClientData clientData, MarketData marketData, ProfileRepository repository,
                            Navigator navigator, ResourceBundle bundle) {
        this.clientData = clientData;
        this.marketData = marketData;
        this.repository = repository;
        this.navigator = navigator;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        FormBinding.bind(locationFactor, locationFactorField, locationFactorError);
        FormBinding.bind(sectorFactor, sectorFactorField, sectorFactorError);
        FormBinding.bind(educationFactor, educationFactorField, educationFactorError);
        for (TextField field : List.of(locationFactor, sectorFactor, educationFactor, locationReason, sectorReason,
                educationReason)) {
            field.setOnAction(event -> applyAssumptions());
        }
        applyAssumptions.disableProperty().bind(locationFactorField.validProperty()
                .and(sectorFactorField.validProperty()).and(educationFactorField.validProperty()).not());
        clientData.profileProperty().addListener((observable, old, profile) -> render());
        marketData.datasetProperty().addListener((observable, old, dataset) -> render());
        clientData.offers().addListener((javafx.collections.ListChangeListener<StoredOffer>) change -> render());
        render();
    }

    /** Redraws everything from the saved profile and the active dataset. */
    void render() {
        MarketDataset dataset = marketData.dataset();
        Profile profile = clientData.profileProperty().get();
        leadLabel.setText(MessageFormat.format(bundle.getString("market.lead"), Integer.toString(dataset.year()),
                dataset.name()));
        boolean hasProfile = profile != null;
        show(noProfileBox, !hasProfile);
        show(positionBox, hasProfile);
        show(assumptionsBox, true);
        buildPremiumSwitches(dataset);
        loadAssumptions(profile);

        List<Adjustment> adjustments = hasProfile ? ProfileAdjustments.of(profile, dataset) : List.of();
        MarketPosition position = hasProfile ? renderPosition(profile, dataset, adjustments) : null;
        renderAdjustments(adjustments);
        renderChart(profile, dataset, position);
        renderNotes(profile, dataset);
    }

    private MarketPosition renderPosition(Profile profile, MarketDataset dataset, List<Adjustment> adjustments) {
        LevelBand band = dataset.band(profile.level());
        Long value = band.basis() == PayBasis.BASE ? profile.currentBase() : profile.currentTotalComp();
        if (value == null) {
            positionWords.setText(MessageFormat.format(bundle.getString("market.noPay"),
                    band.basis() == PayBasis.BASE ? "base salary" : "pay (base, bonus and equity)", band.title()));
            positionDetail.setText("");
            positionFormula.setText("");
            return null;
        }
        MarketPosition position = MarketPositionEngine.position(band, band.basis(), value, adjustments);
        positionWords.setText(capitalise(position.describe()) + ".");
        positionDetail.setText(MessageFormat.format(bundle.getString("market.placed"), band.basis().label(),
                Money.format(value), band.title(), Money.format(position.adjustedMin()),
                Money.format(position.adjustedMax()), band.openTop() ? "+" : ""));
        positionFormula.setText(MessageFormat.format(bundle.getString("market.formula"), Money.plain(value),
                Money.plain(position.adjustedMin()), Money.plain(position.adjustedMax()),
                position.position().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %"));
        return position;
    }

    private void renderAdjustments(List<Adjustment> adjustments) {
        adjustmentList.getChildren().clear();
        if (adjustments.isEmpty()) {
            Label none = new Label(bundle.getString("market.adjustments.none"));
            none.getStyleClass().add("note");
            none.setWrapText(true);
            adjustmentList.getChildren().add(none);
            return;
        }
        for (Adjustment adjustment : adjustments) {
            Label line = new Label(MessageFormat.format(bundle.getString("market.adjustment.line"), adjustment.name(),
                    adjustment.factor().stripTrailingZeros().toPlainString(), adjustment.source()));
            line.setWrapText(true);
            line.getStyleClass().add("adjustment-line");
            adjustmentList.getChildren().add(line);
        }
    }

    private void renderChart(Profile profile, MarketDataset dataset, MarketPosition position) {
        List<BandChart.Row> baseRows = new ArrayList<>();
        List<BandChart.Row> tcRows = new ArrayList<>();
        for (LevelBand band : dataset.levels()) {
            boolean mine = profile != null && profile.level() == band.level();
            boolean adjusted = mine && position != null && !position.adjustments().isEmpty();
            String subtitle = band.basis() == PayBasis.BASE
                    ? bundle.getString(band.openTop() ? "market.row.openTop" : "market.row.base")
                    : bundle.getString("market.row.tc");
            BandChart.Row row = new BandChart.Row(band.level().label(), subtitle, band.min(), band.max(),
                    Money.compact(band.min()), Money.compact(band.max()) + (band.openTop() ? "+" : "")
                            + (adjusted ? " (adj. " + Money.compact(position.adjustedMax()) + (band.openTop() ? "+" : "")
                            + ")" : ""),
                    band.openTop(), adjusted ? position.adjustedMin() : null, adjusted ? position.adjustedMax() : null,
                    (band.basis() == PayBasis.BASE ? "band-base" : "band-tc") + (mine ? " band-mine" : ""),
                    bandTooltip(dataset, band), List.of());
            (band.basis() == PayBasis.BASE ? baseRows : tcRows).add(row);
        }
        if (profile != null && profile.location() != null) {
            String hubLabel = dataset.hub(profile.location()).map(h -> h.label()).orElse(profile.location());
            for (PrevailingWage wage : dataset.prevailingWagesFor(profile.location())) {
                String source = citation(dataset, wage.sourceId());
                String tip = wage.metro() + " prevailing wage, " + wage.note() + " Source: " + source
                        + " (" + wage.status().id() + ").";
                baseRows.add(new BandChart.Row(
                        MessageFormat.format(bundle.getString("market.row.prevailing"), wage.metro()),
                        bundle.getString("market.row.prevailing.sub"), wage.level1(), wage.level4(), null, null, false,
                        null, null,
                        "band-reference", tip + " Reference for " + hubLabel + "; not one of the seed's ranges.",
                        List.of(new BandChart.Tick("I", wage.level1(), "Level I " + Money.format(wage.level1()) + ". " + tip),
                                new BandChart.Tick("II", wage.level2(), "Level II " + Money.format(wage.level2()) + ". " + tip),
                                new BandChart.Tick("III", wage.level3(), "Level III (≈ median) " + Money.format(wage.level3()) + ". " + tip),
                                new BandChart.Tick("IV", wage.level4(), "Level IV " + Money.format(wage.level4()) + ". " + tip))));
            }
        }
        GlobalContext global = dataset.globalContext();
        String globalTip = "AI roles in all countries: " + Money.format(global.min()) + " – "
                + (global.maxApproximate() ? "~" : "") + Money.format(global.max()) + ", mean "
                + Money.format(global.mean()) + ". " + global.scope() + ". Source: "
                + citation(dataset, global.sourceId()) + " (" + global.status().id() + "). " + global.note();
        BandChart.Row globalRow = new BandChart.Row(bundle.getString("market.row.global"),
                bundle.getString("market.row.global.sub"), global.min(), global.max(), Money.compact(global.min()),
                (global.maxApproximate() ? "~" : "") + Money.compact(global.max()), false, null, null,
                "band-context", globalTip, List.of(new BandChart.Tick("mean", global.mean(), globalTip)));

        List<BandChart.Marker> markers = new ArrayList<>();
        if (profile != null && profile.currentBase() != null) {
            markers.add(new BandChart.Marker(bundle.getString("market.marker.base"), profile.currentBase(),
                    PayBasis.BASE, "marker-base", "Your current base salary, " + Money.format(profile.currentBase())
                            + ", from your profile. Drawn only on base-salary ranges."));
        }
        if (profile != null && profile.currentTotalComp() != null) {
            markers.add(new BandChart.Marker(bundle.getString("market.marker.tc"), profile.currentTotalComp(),
                    PayBasis.TOTAL_COMP, "marker-tc", "Your current total compensation, "
                            + Money.format(profile.currentTotalComp()) + " = base + bonus + yearly equity, from your "
                            + "profile. Drawn only on total-compensation ranges."));
        }
        for (StoredOffer stored : clientData.offers()) {
            Offer offer = stored.offer();
            if (offer.current()) {
                continue;
            }
            markers.add(new BandChart.Marker(offer.company(), offer.base(), PayBasis.BASE, "marker-offer",
                    offer.company() + " offers a base salary of " + Money.format(offer.base()) + " (from the offer)."));
            long annualized = WholeDollars.of(CompensationEngine.project(offer, ProjectionSettings.defaults()).tcAnnualized());
            markers.add(new BandChart.Marker(offer.company(), annualized, PayBasis.TOTAL_COMP, "marker-offer",
                    offer.company() + ": annualised total compensation " + Money.format(annualized)
                            + " = base + grant ÷ vesting years + target bonus + sign-on ÷ 4 (Levels-style)."));
        }
        List<BandChart.Group> groups = new ArrayList<>();
        groups.add(new BandChart.Group(bundle.getString("market.group.base"), PayBasis.BASE, baseRows));
        groups.add(new BandChart.Group(bundle.getString("market.group.tc"), PayBasis.TOTAL_COMP, tcRows));
        groups.add(new BandChart.Group(bundle.getString("market.group.context"), null, List.of(globalRow)));
        chart.setContent(groups, markers, accessibleSummary(dataset, markers, position));
    }

    private void renderNotes(Profile profile, MarketDataset dataset) {
        SourcedAmount floor = dataset.seniorHubTcFloor();
        SourcedAmount swing = dataset.factorSwing();
        chartNotes.setText("Senior infrastructure engineers in major hubs see total compensation above "
                + Money.format(floor.amount()) + " (" + citation(dataset, floor.sourceId()) + "). Experience, "
                + "education and sector can move pay by " + Money.format(swing.amount()) + " or more ("
                + citation(dataset, swing.sourceId()) + "). The global figures are context only: they cover all "
                + "countries and are not compared with your pay.");
        if (profile != null && profile.location() != null && !dataset.prevailingWagesFor(profile.location()).isEmpty()) {
            locationEvidence.setText("Data you could base a location factor on: the DOL prevailing wage rows in the "
                    + "chart for your hub (" + dataset.prevailingWagesFor(profile.location()).stream()
                    .map(w -> w.metro() + " level III " + Money.format(w.level3())).collect(Collectors.joining(", "))
                    + "). The seed itself gives no location multiplier.");
        } else {
            locationEvidence.setText("The seed gives no location multiplier; choose a location in your profile to see "
                    + "the DOL prevailing wages for it as evidence.");
        }
    }

    @FXML
    void applyAssumptions() {
        if (loadingAssumptions) {
            return;
        }
        Profile profile = clientData.profileProperty().get();
        if (profile == null) {
            assumptionsStatus.setText(bundle.getString("market.assumptions.needProfile"));
            return;
        }
        locationFactorField.reveal();
        sectorFactorField.reveal();
        educationFactorField.reveal();
        if (!locationFactorField.validProperty().get() || !sectorFactorField.validProperty().get()
                || !educationFactorField.validProperty().get()) {
            return;
        }
        TreeSet<String> premiums = new TreeSet<>();
        premiumBoxes.forEach((id, box) -> {
            if (box.isSelected()) {
                premiums.add(id);
            }
        });
        MarketAssumptions assumptions = new MarketAssumptions(
                factor(locationFactorField, locationReason), factor(sectorFactorField, sectorReason),
                factor(educationFactorField, educationReason), premiums);
        if (assumptions.equals(profile.assumptions())) {
            return;
        }
        Profile changed = profile.withAssumptions(assumptions);
        FxFutures.onFx(repository.save(clientData.clientId(), changed), done -> {
            clientData.profileProperty().set(changed);
            assumptionsStatus.setText(bundle.getString("market.assumptions.saved"));
        }, error -> assumptionsStatus.setText("Could not save the assumptions: " + error.getMessage()));
    }

    @FXML
    void openProfile() {
        navigator.show(Screen.PROFILE);
    }

    public BandChart chart() {
        return chart;
    }

    private void buildPremiumSwitches(MarketDataset dataset) {
        List<String> ids = dataset.premiums().stream().map(Premium::id).toList();
        if (premiumBoxes.keySet().equals(new java.util.LinkedHashSet<>(ids))) {
            return;
        }
        premiumBoxes.clear();
        premiumSwitches.getChildren().clear();
        for (Premium premium : dataset.premiums()) {
            String percent = premium.factor().subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros()
                    .toPlainString();
            CheckBox box = new CheckBox(MessageFormat.format(bundle.getString("market.premium.switch"), premium.label(),
                    premium.factor().stripTrailingZeros().toPlainString(), "+" + percent + " %, " + premium.appliesTo(),
                    citation(dataset, premium.sourceId())));
            box.setId("premium-" + premium.id());
            box.setWrapText(true);
            box.setAccessibleText(premium.label());
            box.selectedProperty().addListener((observable, was, selected) -> applyAssumptions());
            premiumBoxes.put(premium.id(), box);
            premiumSwitches.getChildren().add(box);
        }
    }

    private void loadAssumptions(Profile profile) {
        loadingAssumptions = true;
        try {
            MarketAssumptions assumptions = profile == null ? MarketAssumptions.NONE : profile.assumptions();
            premiumBoxes.forEach((id, box) -> box.setSelected(assumptions.appliedPremiums().contains(id)));
            locationFactorField.load(Multipliers.format(assumptions.location()));
            sectorFactorField.load(Multipliers.format(assumptions.sector()));
            educationFactorField.load(Multipliers.format(assumptions.education()));
            locationReason.setText(assumptions.location() == null ? "" : assumptions.location().reason());
            sectorReason.setText(assumptions.sector() == null ? "" : assumptions.sector().reason());
            educationReason.setText(assumptions.education() == null ? "" : assumptions.education().reason());
            premiumBoxes.values().forEach(box -> box.setDisable(profile == null));
        } finally {
            loadingAssumptions = false;
        }
    }

    private static MarketAssumptions.Factor factor(ValidatedField<BigDecimal> field, TextField reason) {
        BigDecimal value = field.value();
        return value == null ? null : new MarketAssumptions.Factor(value, reason.getText());
    }

    private String bandTooltip(MarketDataset dataset, LevelBand band) {
        return band.level().label() + ": " + Money.format(band.min()) + " – " + Money.format(band.max())
                + (band.openTop() ? "+ (open top)" : "") + ", " + band.basis().label() + ". Source: "
                + citation(dataset, band.sourceId()) + " (" + band.status().id() + ")."
                + (band.note().isEmpty() ? "" : " " + band.note());
    }

    private static String citation(MarketDataset dataset, String sourceId) {
        return dataset.source(sourceId).map(Source::citation).orElse(sourceId);
    }

    private static String accessibleSummary(MarketDataset dataset, List<BandChart.Marker> markers,
                                            MarketPosition position) {
        StringBuilder text = new StringBuilder("Chart of the " + dataset.year() + " ranges. ");
        for (LevelBand band : dataset.levels()) {
            text.append(band.level().label()).append(' ').append(Money.format(band.min())).append(" to ")
                    .append(Money.format(band.max())).append(band.openTop() ? " or more" : "").append(", ")
                    .append(band.basis().label()).append(". ");
        }
        for (BandChart.Marker marker : markers) {
            text.append(marker.label()).append(' ').append(Money.format(marker.value())).append(". ");
        }
        if (position != null) {
            text.append(capitalise(position.describe())).append('.');
        }
        return text.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
