package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.equity.CompanyFacts;
import com.counteroffer.domain.input.Percents;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.EquityView;
import com.counteroffer.ui.common.FieldParsers;
import com.counteroffer.ui.common.Latest;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ValidatedField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The offer detail's "Startup equity" section without controls: how the offer's options or private
 * shares are valued (409A, preferred, an exit, exit scenarios), the exit typed as a company value or
 * a price per share, the table of exit scenarios, the figures each gives, and saving them with the
 * offer. A table still holding the shipped defaults is saved as "the defaults", so it keeps
 * following the company's valuation.
 */
public final class StartupEquityModel {

    /** How a chosen exit is typed: one of the two at a time. */
    public enum ExitInput { COMPANY_VALUE, PRICE_PER_SHARE }

    private final UiContext ui;
    private Long offerId;
    private Offer offer;
    private Equity equity;
    private final BooleanProperty applies = new SimpleBooleanProperty(this, "applies");
    private final ObjectProperty<ValuationBasis> valuation =
            new SimpleObjectProperty<>(this, "valuation", ValuationBasis.FAIR_MARKET_VALUE);
    private final ObjectProperty<ExitInput> exitInput = new SimpleObjectProperty<>(this, "exitInput",
            ExitInput.COMPANY_VALUE);
    private final ValidatedField<Long> exitValue =
            new ValidatedField<>(FieldParsers.amount(false, ScenarioRow.MAX_COMPANY_VALUE));
    private final ValidatedField<BigDecimal> exitPrice = new ValidatedField<>(FieldParsers.price(false));
    private final StringProperty exitMessage = new SimpleStringProperty(this, "exitMessage", "");
    private final ScenarioTable table = new ScenarioTable();
    private final StringProperty scenariosMessage = new SimpleStringProperty(this, "scenariosMessage", "");
    private final StringProperty total = new SimpleStringProperty(this, "total", "");
    private final ReadOnlyObjectWrapper<EquityView> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ReadOnlyObjectWrapper<EquityView> range = new ReadOnlyObjectWrapper<>(this, "range");
    private final ReadOnlyObjectWrapper<EquityView> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final StringProperty figuresProblem = new SimpleStringProperty(this, "figuresProblem", "");
    private final Latest<Figures> figureLoads;
    private final Latest<EquityView> baselineLoads;
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private Object savedSnapshot;
    private boolean loading;
    /** Set by a save attempt: from then on the messages show every problem, not only a sum that is off. */
    private boolean revealed;

    public StartupEquityModel(UiContext ui) {
        this.ui = ui;
        this.figureLoads = ui.tasks().latest();
        this.baselineLoads = ui.tasks().latest();
        List<Observable> inputs = new ArrayList<>(List.of(valuation, exitInput, exitValue.textProperty(),
                exitPrice.textProperty()));
        inputs.addAll(List.of(table.observables()));
        for (Observable input : inputs) {
            input.addListener(changed -> changed());
        }
    }

    /**
     * Shows an offer. The same offer read again (after a save, or a change elsewhere) keeps what the
     * user is typing; another offer, or the same one with nothing typed, starts from what is saved.
     */
    public void show(long id, Offer offer) {
        Equity newEquity = offer.equity();
        boolean sameOffer = offerId != null && offerId == id;
        if (sameOffer && dirty.get() && covered(newEquity)) {
            this.offer = offer;
            equity = newEquity;
            loadBaseline();
            changed();
            return;
        }
        if (!sameOffer) {
            status.set("");
        }
        offerId = id;
        this.offer = offer;
        equity = newEquity;
        load();
    }

    /** No offer selected. */
    public void clear() {
        offerId = null;
        offer = null;
        equity = null;
        status.set("");
        load();
    }

    /** True for options and a private company's RSUs: what the section is about. */
    public static boolean covered(Equity equity) {
        return equity instanceof OptionGrant || equity instanceof RsuGrant rsu && rsu.isPrivate();
    }

    private void load() {
        loading = true;
        try {
            applies.set(covered(equity));
            PrivateCompany company = applies.get() ? equity.company() : PrivateCompany.DEFAULTS;
            valuation.set(company.valuation());
            exitInput.set(company.exitPrice() != null ? ExitInput.PRICE_PER_SHARE : ExitInput.COMPANY_VALUE);
            exitValue.load(company.exitValue() == null ? "" : Money.format(company.exitValue()));
            exitPrice.load(company.exitPrice() == null ? "" : "$" + company.exitPrice().toPlainString());
            exitMessage.set("");
            scenariosMessage.set("");
            revealed = false;
            table.load(company.scenarios(), applies.get() ? CompanyFacts.of(equity).postMoney() : null);
        } finally {
            loading = false;
        }
        savedSnapshot = snapshot();
        loadBaseline();
        changed();
    }

    /**
     * The saved terms' figures, with the tax at exercise (which depends on the 409A price, the strike and
     * the client's wages, none of which this section edits): shown while the typed terms can't be analysed.
     */
    private void loadBaseline() {
        baseline.set(null);
        if (!applies.get()) {
            baselineLoads.forget();
            return;
        }
        long client = ui.session().clientId();
        Offer saved = offer;
        baselineLoads.run(progress -> ui.services().equity().analyse(client, saved, null, null), baseline::set,
                error -> figuresProblem.set(error.getMessage()));
    }

    /** Puts the shipped scenarios back in the table (saved as the defaults). */
    public void resetToDefaults() {
        loading = true;
        try {
            table.resetToDefaults();
        } finally {
            loading = false;
        }
        changed();
    }

    /** Goes back to what is saved. */
    public void revert() {
        status.set("");
        load();
    }

    /** Every reason the section can't be saved, each saying what to fix; empty when it can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String exit = exitProblem();
        if (exit != null) {
            problems.add(exit);
        }
        String scenarios = scenariosProblem();
        if (scenarios != null) {
            problems.add(scenarios);
        }
        return problems;
    }

    private String exitProblem() {
        ValidatedField<?> field = exitInput.get() == ExitInput.COMPANY_VALUE ? exitValue : exitPrice;
        if (!field.validProperty().get()) {
            return "Exit: " + field.messageOf();
        }
        if (valuation.get() == ValuationBasis.EXIT && field.textProperty().get().isBlank()) {
            return exitInput.get() == ExitInput.COMPANY_VALUE
                    ? "Exit: enter the company's value at the exit, e.g. $2,000,000,000."
                    : "Exit: enter the price of a common share at the exit, e.g. $30.";
        }
        return null;
    }

    private String scenariosProblem() {
        return table.problem(valuation.get() == ValuationBasis.SCENARIOS);
    }

    /** Shows every message where the user is looking. */
    public void revealAll() {
        revealed = true;
        exitValue.reveal();
        exitPrice.reveal();
        table.revealAll();
        changed();
    }

    /** Saves the valuation, the exit and the scenarios with the offer, in the background; refused with a message when invalid. */
    public void save() {
        if (offerId == null || !applies.get() || saving.get()) {
            return;
        }
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            revealAll();
            status.set(ui.text("offers.equity.invalid", problems.get(0)));
            return;
        }
        long client = ui.session().clientId();
        long id = offerId;
        PrivateCompany company = draft();
        Object typed = snapshot();
        this.saving.set(true);
        status.set("");
        ui.tasks().run(progress -> {
            ui.services().offers().updatePrivateTerms(client, id, company);
            return company;
        }, saved -> {
            this.saving.set(false);
            if (Objects.equals(offerId, id)) {
                savedSnapshot = typed;
                changed();
                status.set(ui.text("offers.equity.saved"));
            }
        }, error -> {
            this.saving.set(false);
            status.set(ui.text("offers.equity.saveFailed", error.getMessage()));
        });
    }

    /**
     * Asks about changes not saved yet before the user leaves the screen or the client; true when
     * leaving is fine. Save stays until the store confirms, as the offer editor does.
     */
    public boolean confirmLeave() {
        if (!dirty.get()) {
            return true;
        }
        com.counteroffer.ui.common.Dialogs.Unsaved answer =
                ui.dialogs().askUnsaved(ui.text("offers.equity.leave.header"), null);
        switch (answer) {
            case DISCARD:
                revert();
                return true;
            case SAVE:
                save();
                return false;
            default:
                return false;
        }
    }

    /** The terms as typed; only when {@link #problems()} is empty. */
    PrivateCompany draft() {
        PrivateCompany saved = equity.company();
        Long value = exitInput.get() == ExitInput.COMPANY_VALUE ? exitValue.value() : null;
        BigDecimal price = exitInput.get() == ExitInput.PRICE_PER_SHARE ? exitPrice.value() : null;
        return saved.withValuation(valuation.get()).withExit(value, price).withScenarios(table.toSaved());
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(applies.get() && !Objects.equals(snapshot(), savedSnapshot));
        total.set(table.rows().isEmpty() ? "" : ui.text("offers.equity.total", Percents.format(table.probabilitySum())));
        // Once revealed, messages follow the text, so a fixed field clears its message at once.
        String tableProblem = scenariosProblem();
        exitMessage.set(revealed ? orEmpty(exitProblem()) : "");
        scenariosMessage.set(orEmpty(revealed ? tableProblem : table.sumProblem()));
        refreshFigures(tableProblem == null);
    }

    /** The figures of the terms as typed: under the chosen basis and over the scenarios; each null when not asked for. */
    private record Figures(EquityView chosen, EquityView range) {
    }

    /**
     * The figures of the terms as typed, before they are saved: under the chosen basis (when what it
     * needs is valid) and over the scenarios (when the table is). Worked out by the equity service in the
     * background (it reads the client's profile and the tax tables); the latest edit wins.
     */
    private void refreshFigures(boolean tableValid) {
        if (!applies.get()) {
            figureLoads.forget();
            chosen.set(null);
            range.set(null);
            figuresProblem.set("");
            return;
        }
        PrivateCompany saved = equity.company();
        boolean exitValid = exitProblem() == null;
        PrivateCompany preview = saved.withValuation(valuation.get())
                .withScenarios(tableValid ? table.toSaved() : List.of());
        if (exitValid) {
            preview = preview.withExit(exitInput.get() == ExitInput.COMPANY_VALUE ? exitValue.value() : null,
                    exitInput.get() == ExitInput.PRICE_PER_SHARE ? exitPrice.value() : null);
        }
        Offer previewed = offer.withTerms(offer.base(), offer.signOns(), equity.withCompany(preview));
        boolean tableShown = tableValid && !table.rows().isEmpty();
        boolean chosenValid = switch (valuation.get()) {
            case EXIT -> exitValid;
            case SCENARIOS -> tableShown;
            default -> true;
        };
        long client = ui.session().clientId();
        boolean chosenIsTable = valuation.get() == ValuationBasis.SCENARIOS;
        figureLoads.run(progress -> {
            EquityView table = tableShown
                    ? ui.services().equity().analyse(client, previewed, ValuationBasis.SCENARIOS, null) : null;
            EquityView chosenView = !chosenValid ? null
                    : chosenIsTable ? table : ui.services().equity().analyse(client, previewed, null, null);
            return new Figures(chosenView, table);
        },
                figures -> {
                    chosen.set(figures.chosen());
                    range.set(figures.range());
                    figuresProblem.set("");
                }, error -> {
                    chosen.set(null);
                    range.set(null);
                    figuresProblem.set(error.getMessage());
                });
    }

    private Object snapshot() {
        return List.of(valuation.get(), exitInput.get(), exitValue.textProperty().get(),
                exitPrice.textProperty().get(), table.snapshot());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The offer shown, or null. */
    public Long offerId() {
        return offerId;
    }

    public Equity equity() {
        return equity;
    }

    /** True when the shown offer has options or private shares, so the section shows. */
    public BooleanProperty appliesProperty() {
        return applies;
    }

    public ObjectProperty<ValuationBasis> valuationProperty() {
        return valuation;
    }

    public ObjectProperty<ExitInput> exitInputProperty() {
        return exitInput;
    }

    public ValidatedField<Long> exitValue() {
        return exitValue;
    }

    public ValidatedField<BigDecimal> exitPrice() {
        return exitPrice;
    }

    /** The exit's problem once revealed (on save); empty otherwise. */
    public StringProperty exitMessageProperty() {
        return exitMessage;
    }

    /** The exit scenarios as typed. */
    public ScenarioTable table() {
        return table;
    }

    /** The table's problem, shown under it: at once when the probabilities don't add up, otherwise on save. */
    public StringProperty scenariosMessageProperty() {
        return scenariosMessage;
    }

    /** "Total: 100 %" under the probabilities. */
    public StringProperty totalProperty() {
        return total;
    }

    /**
     * The grant under the chosen basis as typed (ownership, waterfall, exercise and liquidity with it);
     * null while what the basis needs is not valid.
     */
    public ReadOnlyObjectProperty<EquityView> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The grant over the exit scenarios as typed (expected, worst, median, best); null while the table is invalid. */
    public ReadOnlyObjectProperty<EquityView> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** The saved offer's figures under its own basis, with the tax at exercise: shown while the typed terms can't be. */
    public ReadOnlyObjectProperty<EquityView> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** Why the figures can't be worked out (the service refused the terms); empty when they can. */
    public StringProperty figuresProblemProperty() {
        return figuresProblem;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** "Saved.", or why saving was refused or failed. */
    public StringProperty statusProperty() {
        return status;
    }
}
