package com.counteroffer.ui.market;

import com.counteroffer.domain.input.Multipliers;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.market.SourcedAmount;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.MarketStanding;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ValidatedField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Market screen: where the client stands (the session's standing, shared with the plan and
 * the report), the chart's content, and the assumptions form that switches premiums on and sets
 * the user's own factors. A bad factor is never saved silently, and "saved" is never shown beside it.
 */
public final class MarketModel {

    /** One of the dataset's premiums, switched on or off. */
    public record PremiumSwitch(String id, String label, BooleanProperty selected) {
    }

    private final UiContext ui;
    private final StringProperty lead = new SimpleStringProperty(this, "lead", "");
    private final BooleanProperty hasProfile = new SimpleBooleanProperty(this, "hasProfile");
    private final StringProperty positionWords = new SimpleStringProperty(this, "positionWords", "");
    private final StringProperty positionDetail = new SimpleStringProperty(this, "positionDetail", "");
    private final StringProperty positionFormula = new SimpleStringProperty(this, "positionFormula", "");
    private final ObservableList<String> adjustmentLines = FXCollections.observableArrayList();
    private final ObjectProperty<BandChartData.Content> chart = new SimpleObjectProperty<>(this, "chart");
    private final StringProperty chartNotes = new SimpleStringProperty(this, "chartNotes", "");
    /** Which totals the chart leaves out and why (no total-pay range for their level); "" when none. */
    private final StringProperty totalsLeftOut = new SimpleStringProperty(this, "totalsLeftOut", "");
    private final StringProperty locationEvidence = new SimpleStringProperty(this, "locationEvidence", "");
    private final ObservableList<PremiumSwitch> premiums = FXCollections.observableArrayList();
    private final ValidatedField<BigDecimal> locationFactor = new ValidatedField<>(Multipliers::parse);
    private final ValidatedField<BigDecimal> sectorFactor = new ValidatedField<>(Multipliers::parse);
    private final ValidatedField<BigDecimal> educationFactor = new ValidatedField<>(Multipliers::parse);
    private final StringProperty locationReason = new SimpleStringProperty(this, "locationReason", "");
    private final StringProperty sectorReason = new SimpleStringProperty(this, "sectorReason", "");
    private final StringProperty educationReason = new SimpleStringProperty(this, "educationReason", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(this, "statusIsError");
    private final BooleanBinding factorsValid;
    private final MarketChartContent chartContent;
    private boolean loading;

    public MarketModel(UiContext ui) {
        this.ui = ui;
        this.chartContent = new MarketChartContent(ui);
        this.factorsValid = locationFactor.validProperty().and(sectorFactor.validProperty())
                .and(educationFactor.validProperty());
        for (Observable typed : new Observable[] {locationFactor.textProperty(), sectorFactor.textProperty(),
            educationFactor.textProperty(), locationReason, sectorReason, educationReason}) {
            // A status about the last apply no longer describes what is typed now.
            typed.addListener(changed -> {
                if (!loading) {
                    show("", false);
                }
            });
        }
        ui.session().standingProperty().addListener((o, was, now) -> render());
        ui.session().offers().addListener((Observable changed) -> render());
        ui.privacy().onProperty().addListener((o, was, now) -> render());
        ui.session().clientIdProperty().addListener((o, was, now) -> {
            loadAssumptions(true);
            show("", false);
        });
        render();
    }

    /** Everything shown, from the session's standing and offers; the form only when it holds nothing unsaved. */
    void render() {
        MarketStanding standing = ui.session().standing();
        MarketDataset dataset = standing.dataset();
        Profile profile = standing.profile();
        lead.set(ui.text("market.lead", Integer.toString(dataset.year()), dataset.name()));
        hasProfile.set(profile != null);
        buildPremiums(dataset);
        loadAssumptions(false);
        renderPosition(standing);
        adjustmentLines.setAll(standing.adjustments().stream().map(adjustment -> ui.text("market.adjustment.line",
                adjustment.name(), adjustment.factor().stripTrailingZeros().toPlainString(), adjustment.source()))
                .toList());
        chart.set(chartContent.content(standing, ui.session().offers()));
        totalsLeftOut.set(chartContent.totalsLeftOut(standing, ui.session().offers()));
        renderNotes(dataset, profile);
    }

    private void renderPosition(MarketStanding standing) {
        MarketPosition position = standing.position();
        if (standing.band() == null) {
            positionWords.set("");
            positionDetail.set("");
            positionFormula.set("");
            return;
        }
        if (position == null) {
            positionWords.set(standing.problem() != null ? standing.problem() : ui.text("market.noPay",
                    standing.band().basis() == PayBasis.BASE ? "base salary" : "pay (base, bonus and equity)",
                    standing.band().title()));
            positionDetail.set("");
            positionFormula.set("");
            return;
        }
        long value = position.value();
        positionWords.set(ui.privacy().prose(capitalise(position.describe())) + ".");
        positionDetail.set(ui.text("market.placed", standing.band().basis().label(), ui.privacy().money(value),
                standing.band().title(), ui.privacy().money(position.adjustedMin()), ui.privacy().money(position.adjustedMax()),
                standing.band().openTop() ? "+" : ""));
        positionFormula.set(ui.text("market.formula", ui.privacy().plain(value), ui.privacy().plain(position.adjustedMin()),
                ui.privacy().plain(position.adjustedMax()),
                position.position().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %"));
    }

    private void renderNotes(MarketDataset dataset, Profile profile) {
        SourcedAmount floor = dataset.seniorHubTcFloor();
        SourcedAmount swing = dataset.factorSwing();
        chartNotes.set("Senior infrastructure engineers in major hubs see total compensation above "
                + ui.privacy().money(floor.amount()) + " (" + citation(dataset, floor.sourceId()) + "). Experience, "
                + "education and sector can move pay by " + ui.privacy().money(swing.amount()) + " or more ("
                + citation(dataset, swing.sourceId()) + "). The global figures are context only: they cover all "
                + "countries and are not compared with your pay.");
        if (profile != null && profile.location() != null && !dataset.prevailingWagesFor(profile.location()).isEmpty()) {
            locationEvidence.set("Data you could base a location factor on: the DOL prevailing wage rows in the "
                    + "chart for your hub (" + dataset.prevailingWagesFor(profile.location()).stream()
                    .map(w -> w.metro() + " level III " + ui.privacy().money(w.level3())).collect(Collectors.joining(", "))
                    + "). The seed itself gives no location multiplier.");
        } else {
            locationEvidence.set("The seed gives no location multiplier; choose a location in your profile to see "
                    + "the DOL prevailing wages for it as evidence.");
        }
    }

    /**
     * Saves the switches and factors with the profile. Refused, with a message and nothing saved, while
     * a factor can't be read.
     */
    public void apply() {
        if (loading) {
            return;
        }
        if (ui.session().profile() == null) {
            show(ui.text("market.assumptions.needProfile"), true);
            return;
        }
        locationFactor.reveal();
        sectorFactor.reveal();
        educationFactor.reveal();
        if (!factorsValid.get()) {
            show(ui.text("market.assumptions.invalid"), true);
            return;
        }
        MarketAssumptions assumptions = typedAssumptions();
        if (assumptions.equals(ui.session().profile().assumptions())) {
            return;
        }
        long client = ui.session().clientId();
        ui.tasks().run(progress -> ui.services().profiles().saveAssumptions(client, assumptions),
                saved -> show(ui.text("market.assumptions.saved"), false),
                error -> show(ui.text("market.assumptions.failed", error.getMessage()), true));
    }

    /**
     * Before another client is shown: factors typed but not applied are applied (saved for the client
     * they were typed for), discarded, or kept by staying; true when the switch may go on.
     */
    public boolean releaseDrafts() {
        Profile profile = ui.session().profile();
        MarketAssumptions saved = profile == null ? MarketAssumptions.NONE : profile.assumptions();
        if (profile == null || formMatches(saved) || !hasTypedChanges(saved)) {
            return true;
        }
        String name = ui.session().clientNameProperty().get();
        Dialogs.Unsaved answer = ui.dialogs().askUnsaved(ui.text("market.assumptions.unsaved.header", name),
                ui.text("market.assumptions.unsaved.content", name));
        if (answer == Dialogs.Unsaved.STAY) {
            return false;
        }
        if (answer == Dialogs.Unsaved.SAVE) {
            apply();
            // A factor that can't be read is not saved: stay with its message rather than lose it.
            return !statusIsError.get();
        }
        return true;
    }

    public void openProfile() {
        ui.navigator().show(Screen.PROFILE);
    }

    private MarketAssumptions typedAssumptions() {
        TreeSet<String> chosen = new TreeSet<>();
        premiums.stream().filter(p -> p.selected().get()).forEach(p -> chosen.add(p.id()));
        return new MarketAssumptions(factor(locationFactor, locationReason), factor(sectorFactor, sectorReason),
                factor(educationFactor, educationReason), chosen);
    }

    private void buildPremiums(MarketDataset dataset) {
        List<String> ids = dataset.premiums().stream().map(Premium::id).toList();
        if (premiums.stream().map(PremiumSwitch::id).toList().equals(ids)) {
            return;
        }
        List<PremiumSwitch> built = new ArrayList<>();
        for (Premium premium : dataset.premiums()) {
            String percent = premium.factor().subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros()
                    .toPlainString();
            BooleanProperty selected = new SimpleBooleanProperty();
            selected.addListener((o, was, on) -> apply());
            built.add(new PremiumSwitch(premium.id(), ui.text("market.premium.switch", premium.label(),
                    premium.factor().stripTrailingZeros().toPlainString(), "+" + percent + " %, " + premium.appliesTo(),
                    citation(dataset, premium.sourceId())), selected));
        }
        premiums.setAll(built);
    }

    /**
     * Shows the saved assumptions in the form; unless {@code force}, keeps what the user typed and has
     * not saved (a reload must not silently throw away a typed value).
     */
    private void loadAssumptions(boolean force) {
        Profile profile = ui.session().profile();
        MarketAssumptions saved = profile == null ? MarketAssumptions.NONE : profile.assumptions();
        if (!force && !formMatches(saved) && hasTypedChanges(saved)) {
            return;
        }
        loading = true;
        try {
            premiums.forEach(p -> p.selected().set(saved.appliedPremiums().contains(p.id())));
            locationFactor.load(Multipliers.format(saved.location()));
            sectorFactor.load(Multipliers.format(saved.sector()));
            educationFactor.load(Multipliers.format(saved.education()));
            locationReason.set(saved.location() == null ? "" : saved.location().reason());
            sectorReason.set(saved.sector() == null ? "" : saved.sector().reason());
            educationReason.set(saved.education() == null ? "" : saved.education().reason());
        } finally {
            loading = false;
        }
    }

    private boolean formMatches(MarketAssumptions saved) {
        return factorsValid.get() && typedAssumptions().equals(saved);
    }

    /** Whether a factor or reason field holds text that differs from what is saved. */
    private boolean hasTypedChanges(MarketAssumptions saved) {
        return !Objects.equals(locationFactor.textProperty().get(), Multipliers.format(saved.location()))
                || !Objects.equals(sectorFactor.textProperty().get(), Multipliers.format(saved.sector()))
                || !Objects.equals(educationFactor.textProperty().get(), Multipliers.format(saved.education()))
                || !Objects.equals(locationReason.get(), saved.location() == null ? "" : saved.location().reason())
                || !Objects.equals(sectorReason.get(), saved.sector() == null ? "" : saved.sector().reason())
                || !Objects.equals(educationReason.get(), saved.education() == null ? "" : saved.education().reason());
    }

    private static MarketAssumptions.Factor factor(ValidatedField<BigDecimal> field, StringProperty reason) {
        BigDecimal value = field.value();
        return value == null ? null : new MarketAssumptions.Factor(value, reason.get());
    }

    private void show(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    static String citation(MarketDataset dataset, String sourceId) {
        return dataset.source(sourceId).map(Source::citation).orElse(sourceId);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public StringProperty totalsLeftOutProperty() {
        return totalsLeftOut;
    }

    public StringProperty leadProperty() {
        return lead;
    }

    public BooleanProperty hasProfileProperty() {
        return hasProfile;
    }

    public StringProperty positionWordsProperty() {
        return positionWords;
    }

    public StringProperty positionDetailProperty() {
        return positionDetail;
    }

    public StringProperty positionFormulaProperty() {
        return positionFormula;
    }

    /** The adjustments as line items, or empty when the bands are used as published. */
    public ObservableList<String> adjustmentLines() {
        return adjustmentLines;
    }

    public ObjectProperty<BandChartData.Content> chartProperty() {
        return chart;
    }

    public StringProperty chartNotesProperty() {
        return chartNotes;
    }

    public StringProperty locationEvidenceProperty() {
        return locationEvidence;
    }

    public ObservableList<PremiumSwitch> premiums() {
        return premiums;
    }

    public ValidatedField<BigDecimal> locationFactor() {
        return locationFactor;
    }

    public ValidatedField<BigDecimal> sectorFactor() {
        return sectorFactor;
    }

    public ValidatedField<BigDecimal> educationFactor() {
        return educationFactor;
    }

    public StringProperty locationReasonProperty() {
        return locationReason;
    }

    public StringProperty sectorReasonProperty() {
        return sectorReason;
    }

    public StringProperty educationReasonProperty() {
        return educationReason;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public BooleanBinding factorsValidProperty() {
        return factorsValid;
    }

    /** True while the form holds nothing unsaved and no bad value (for tests and the Apply button). */
    public boolean showsSaved() {
        Profile profile = ui.session().profile();
        return formMatches(profile == null ? MarketAssumptions.NONE : profile.assumptions());
    }

    /** The adjustments the session applies, for tests. */
    List<Adjustment> adjustments() {
        return ui.session().standing().adjustments();
    }
}
