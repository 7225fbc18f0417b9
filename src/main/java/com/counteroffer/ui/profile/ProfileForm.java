package com.counteroffer.ui.profile;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.service.TaxService;
import java.math.BigDecimal;
import com.counteroffer.ui.common.FieldParsers;
import com.counteroffer.ui.common.ValidatedField;
import com.counteroffer.domain.input.Parsed;
import com.counteroffer.domain.input.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The profile form's state and rules, without any controls: what was typed, whether it is valid,
 * whether it differs from what is saved, and the {@link Profile} it makes. Unit-testable without
 * a toolkit.
 */
public final class ProfileForm {


    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(this, "level");
    private final ValidatedField<Integer> years = new ValidatedField<>(ProfileForm::parseYears);
    private final ObservableList<String> projects = FXCollections.observableArrayList();
    private final StringProperty newProject = new SimpleStringProperty(this, "newProject", "");
    private final StringProperty location = new SimpleStringProperty(this, "location");
    private final ObjectProperty<UsState> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<Education> education = new SimpleObjectProperty<>(this, "education");
    private final StringProperty sector = new SimpleStringProperty(this, "sector");
    private final ObservableSet<String> skills = FXCollections.observableSet(new TreeSet<>());
    private final ValidatedField<Long> currentBase = amountField();
    private final ValidatedField<Long> currentBonus = amountField();
    private final ValidatedField<Long> currentEquity = amountField();
    private final ValidatedField<Long> unvestedEquity = amountField();
    private final ObjectProperty<FilingStatus> filing = new SimpleObjectProperty<>(this, "filing", FilingStatus.SINGLE);
    private final BooleanProperty nycResident = new SimpleBooleanProperty(this, "nycResident");
    /** The chosen city or county with its own income tax (an id from the state's tables), or null for none. */
    private final StringProperty locality = new SimpleStringProperty(this, "locality");
    /** The chosen state's localities; empty where the state's tables list none. */
    private final ObservableList<TaxService.LocalityChoice> localityChoices = FXCollections.observableArrayList();
    private Map<StateCode, List<TaxService.LocalityChoice>> localitiesByState = Map.of();
    private final ValidatedField<BigDecimal> mdCountyRate =
            new ValidatedField<>(FieldParsers.percent(new BigDecimal("5"), "county rate"));
    private final ValidatedField<Long> k401Deferral =
            new ValidatedField<>(FieldParsers.amount(false, TaxSettings.DEFERRAL_LIMIT_2026));
    private final HouseholdForm household = new HouseholdForm();
    /** What the household and accounts break across fields (spouse without a joint return, a limit), or "". */
    private final StringBinding householdProblem;
    private final StringProperty levelMessage = new SimpleStringProperty(this, "levelMessage", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanBinding valid;

    private MarketAssumptions assumptions = MarketAssumptions.NONE;
    private Object savedSnapshot;
    private boolean loading;

    public ProfileForm() {
        householdProblem = Bindings.createStringBinding(this::householdProblemNow, household.validProperty(),
                k401Deferral.validProperty(), k401Deferral.textProperty(), filing, household.spouseWages().textProperty(),
                household.age().textProperty(), household.roth401k().textProperty(), household.hsa().textProperty(),
                household.hsaCoverageProperty());
        valid = Bindings.createBooleanBinding(
                () -> level.get() != null && years.validProperty().get() && currentBase.validProperty().get()
                        && currentBonus.validProperty().get() && currentEquity.validProperty().get()
                        && unvestedEquity.validProperty().get() && mdCountyRate.validProperty().get()
                        && k401Deferral.validProperty().get() && household.validProperty().get()
                        && householdProblem.get().isEmpty(),
                level, years.validProperty(), currentBase.validProperty(), currentBonus.validProperty(),
                currentEquity.validProperty(), unvestedEquity.validProperty(), mdCountyRate.validProperty(),
                k401Deferral.validProperty(), household.validProperty(), householdProblem);
        savedSnapshot = snapshot();
        List<Observable> inputs = new ArrayList<>(List.of(level, years.textProperty(), projects, location, state,
                education, sector, skills, currentBase.textProperty(), currentBonus.textProperty(),
                currentEquity.textProperty(), unvestedEquity.textProperty(), filing, nycResident,
                mdCountyRate.textProperty(), k401Deferral.textProperty(), locality));
        inputs.addAll(List.of(household.inputs()));
        for (Observable input : inputs) {
            input.addListener(changed -> {
                if (!loading) {
                    dirty.set(!Objects.equals(snapshot(), savedSnapshot));
                }
            });
        }
        level.addListener((observable, old, now) -> levelMessage.set(now == null ? "Choose your level." : ""));
        state.addListener((observable, old, now) -> showLocalities());
        // A hub fills in its state while none is chosen or the state is the previous hub's (SF → California).
        location.addListener((observable, old, now) -> {
            UsState was = hubState(old);
            UsState hub = hubState(now);
            if (hub != null && (state.get() == null || state.get() == was)) {
                state.set(hub);
            }
        });
        // New York City's tax and a locality's are alternatives: choosing one clears the other.
        nycResident.addListener((observable, old, now) -> {
            if (now) {
                locality.set(null);
            }
        });
        locality.addListener((observable, old, now) -> {
            if (now != null) {
                nycResident.set(false);
            }
        });
    }

    /** Each state's localities, from the tax tables (read off the UI thread by the model). */
    public void setLocalities(Map<StateCode, List<TaxService.LocalityChoice>> byState) {
        localitiesByState = Map.copyOf(byState);
        showLocalities();
    }

    /** The chosen state's localities; a locality of another state is cleared. */
    private void showLocalities() {
        StateCode code = state.get() == null ? null : StateCode.fromCode(state.get().name()).orElse(null);
        List<TaxService.LocalityChoice> choices = code == null ? List.of()
                : localitiesByState.getOrDefault(code, List.of());
        localityChoices.setAll(choices);
        if (locality.get() != null && !localitiesByState.isEmpty()
                && choices.stream().noneMatch(choice -> choice.id().equals(locality.get()))) {
            locality.set(null);
        }
    }

    public StringProperty localityProperty() {
        return locality;
    }

    public ObservableList<TaxService.LocalityChoice> localityChoices() {
        return localityChoices;
    }

    /** Fills the form from a saved profile (or clears it for none) and marks it unchanged. */
    public void load(Profile profile) {
        // Field by field the half-loaded form differs from the saved one; that is not an edit.
        loading = true;
        try {
            fill(profile);
        } finally {
            loading = false;
        }
        levelMessage.set("");
        markSaved();
    }

    private void fill(Profile profile) {
        if (profile == null) {
            level.set(null);
            years.load("");
            projects.clear();
            location.set(null);
            state.set(null);
            education.set(null);
            sector.set(null);
            skills.clear();
            currentBase.load("");
            currentBonus.load("");
            currentEquity.load("");
            unvestedEquity.load("");
            assumptions = MarketAssumptions.NONE;
            loadTax(TaxSettings.DEFAULT);
        } else {
            level.set(profile.level());
            years.load(profile.yearsExperience() == null ? "" : profile.yearsExperience().toString());
            projects.setAll(profile.projects());
            location.set(profile.location());
            state.set(profile.stateOfResidence());
            education.set(profile.education());
            sector.set(profile.targetSector());
            skills.clear();
            skills.addAll(profile.premiumSkills());
            currentBase.load(amountText(profile.currentBase()));
            currentBonus.load(amountText(profile.currentBonus()));
            currentEquity.load(amountText(profile.currentYearlyEquity()));
            unvestedEquity.load(amountText(profile.unvestedEquity()));
            assumptions = profile.assumptions();
            loadTax(profile.tax());
        }
    }

    /** Shows every field's message (used when Save is pressed on an invalid form). */
    public void revealAll() {
        years.reveal();
        mdCountyRate.reveal();
        k401Deferral.reveal();
        household.revealAll();
        currentBase.reveal();
        currentBonus.reveal();
        currentEquity.reveal();
        unvestedEquity.reveal();
        if (level.get() == null) {
            levelMessage.set("Choose your level.");
        }
    }

    /** The profile the form describes. Only call when {@link #validProperty()} is true. */
    public Profile toProfile() {
        if (!valid.get()) {
            throw new IllegalStateException("The profile form is not valid");
        }
        return new Profile(level.get(), years.value(), new ArrayList<>(projects), location.get(), state.get(),
                education.get(), sector.get(), Set.copyOf(skills), currentBase.value(), currentBonus.value(),
                currentEquity.value(), unvestedEquity.value(), assumptions, taxSettings());
    }

    private TaxSettings taxSettings() {
        BigDecimal rate = mdCountyRate.value();
        Long deferral = k401Deferral.value();
        return new TaxSettings(filing.get() == null ? FilingStatus.SINGLE : filing.get(),
                nycResident.get() && state.get() == UsState.NY,
                rate == null ? null : rate.movePointLeft(2), deferral == null ? 0 : deferral, household.toHousehold(),
                nycResident.get() && state.get() == UsState.NY ? null : locality.get());
    }

    /** The settings' own check (TaxSettings) once every field parses, as a sentence for the form. */
    private String householdProblemNow() {
        if (!household.validProperty().get() || !k401Deferral.validProperty().get()) {
            return "";
        }
        try {
            Long deferral = k401Deferral.value();
            new TaxSettings(filing.get() == null ? FilingStatus.SINGLE : filing.get(), false, null,
                    deferral == null ? 0 : deferral, household.toHousehold());
            return "";
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
        }
    }

    private void loadTax(TaxSettings tax) {
        filing.set(tax.filingStatus());
        nycResident.set(tax.nycResident());
        locality.set(tax.locality());
        mdCountyRate.load(tax.mdCountyRate() == null ? "" : tax.mdCountyRate().movePointRight(2).stripTrailingZeros().toPlainString());
        k401Deferral.load(tax.k401Deferral() == 0 ? "" : Money.format(tax.k401Deferral()));
        household.load(tax.household());
    }

    /** The household and accounts: spouse's wages, age, Roth 401(k), HSA, property tax. */
    public HouseholdForm household() {
        return household;
    }

    /** A rule the household and accounts break together (e.g. a spouse's wages without a joint return), or "". */
    public StringBinding householdProblemProperty() {
        return householdProblem;
    }

    public ObjectProperty<FilingStatus> filingProperty() {
        return filing;
    }

    public BooleanProperty nycResidentProperty() {
        return nycResident;
    }

    public ValidatedField<BigDecimal> mdCountyRate() {
        return mdCountyRate;
    }

    public ValidatedField<Long> k401Deferral() {
        return k401Deferral;
    }

    /** Adds the project as typed (not empty, within the text rules, not a repeat); returns a message when it can't. */
    public String addProject() {
        String text = newProject.get() == null ? "" : newProject.get();
        if (text.isBlank()) {
            return "Describe the project first, e.g. \"Built a GPU cluster from scratch\".";
        }
        Parsed<String> kept = TextRules.parse(text, TextRules.Kind.NAME);
        if (!kept.ok()) {
            return kept.error() + " The details can go in your notes.";
        }
        boolean repeat = projects.stream().anyMatch(p -> p.equalsIgnoreCase(text));
        if (repeat) {
            return "That project is already listed.";
        }
        projects.add(text);
        newProject.set("");
        return "";
    }

    public void markSaved() {
        savedSnapshot = snapshot();
        dirty.set(false);
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public StringProperty levelMessageProperty() {
        return levelMessage;
    }

    public ValidatedField<Integer> years() {
        return years;
    }

    public ObservableList<String> projects() {
        return projects;
    }

    public StringProperty newProjectProperty() {
        return newProject;
    }

    public StringProperty locationProperty() {
        return location;
    }

    private static UsState hubState(String hub) {
        return com.counteroffer.domain.compare.TaxProfile.hubState(hub)
                .map(code -> UsState.valueOf(code.name())).orElse(null);
    }

    public ObjectProperty<UsState> stateProperty() {
        return state;
    }

    public ObjectProperty<Education> educationProperty() {
        return education;
    }

    public StringProperty sectorProperty() {
        return sector;
    }

    public ObservableSet<String> skills() {
        return skills;
    }

    public ValidatedField<Long> currentBase() {
        return currentBase;
    }

    public ValidatedField<Long> currentBonus() {
        return currentBonus;
    }

    public ValidatedField<Long> currentEquity() {
        return currentEquity;
    }

    public ValidatedField<Long> unvestedEquity() {
        return unvestedEquity;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Everything typed or chosen, as plain values, to tell "changed" from "changed back". */
    private Object snapshot() {
        return List.of(String.valueOf(level.get()), years.textProperty().get().strip(), List.copyOf(projects),
                String.valueOf(location.get()), String.valueOf(state.get()), String.valueOf(education.get()),
                String.valueOf(sector.get()), List.copyOf(new TreeSet<>(skills)),
                normalized(currentBase), normalized(currentBonus), normalized(currentEquity), normalized(unvestedEquity),
                String.valueOf(filing.get()), nycResident.get(), mdCountyRate.textProperty().get().strip(),
                normalized(k401Deferral), household.snapshot(), String.valueOf(locality.get()));
    }

    /** "185k" and "$185,000" are the same amount, so retyping one as the other is not a change. */
    static String normalized(ValidatedField<Long> field) {
        String text = field.textProperty().get();
        AmountParser.Result parsed = AmountParser.parseOptional(text, AmountParser.MAX_AMOUNT);
        return parsed.ok() ? String.valueOf(parsed.dollars()) : "text:" + text.strip().toLowerCase(Locale.ROOT);
    }

    private static ValidatedField<Long> amountField() {
        return new ValidatedField<>(FieldParsers.amount(false, AmountParser.MAX_AMOUNT));
    }

    static Parsed<Integer> parseYears(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.of(null);
        }
        String trimmed = text.strip();
        if (!trimmed.matches("\\d{1,3}")) {
            return Parsed.error("Enter whole years, e.g. 7.");
        }
        int value = Integer.parseInt(trimmed);
        if (value > Profile.MAX_YEARS) {
            return Parsed.error("Years of experience must be between 0 and " + Profile.MAX_YEARS + ".");
        }
        return Parsed.of(value);
    }

    private static String amountText(Long amount) {
        return amount == null ? "" : Money.format(amount);
    }
}
