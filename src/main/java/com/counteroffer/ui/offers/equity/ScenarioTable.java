package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.equity.ShareValues;
import com.counteroffer.domain.input.Percents;
import com.counteroffer.domain.offer.ExitScenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The exit scenarios as typed: at most {@value #MAX_ROWS} rows, their probabilities adding up to
 * 100 %. Until a row is edited the table is the shipped defaults (at today's valuation), saved as
 * "the defaults" so it keeps following the valuation.
 */
public final class ScenarioTable {

    public static final int MAX_ROWS = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ObservableList<ScenarioRow> rows = FXCollections.observableArrayList(row -> row.fields()
            .stream().map(field -> (Observable) field.textProperty()).toArray(Observable[]::new));
    private final BooleanProperty usingDefaults = new SimpleBooleanProperty(this, "usingDefaults");
    private final BooleanProperty defaultsAvailable = new SimpleBooleanProperty(this, "defaultsAvailable");
    /** Today's valuation the defaults are multiples of; null when unknown (then there are none). */
    private BigDecimal postMoney;
    private boolean loading;

    ScenarioTable() {
        // A default row edited, added or removed by hand makes the table the user's own.
        rows.addListener((javafx.collections.ListChangeListener<ScenarioRow>) change -> {
            if (!loading) {
                usingDefaults.set(false);
            }
        });
    }

    /** The saved scenarios; none saved means the defaults at {@code valuation} (null when not known). */
    void load(List<ExitScenario> saved, BigDecimal valuation) {
        postMoney = valuation;
        defaultsAvailable.set(valuation != null);
        if (saved.isEmpty()) {
            resetToDefaults();
        } else {
            replace(saved, false);
        }
    }

    /** Puts the shipped scenarios back (saved as the defaults). */
    public void resetToDefaults() {
        replace(postMoney == null ? List.of() : ShareValues.defaultScenarios(postMoney), true);
    }

    private void replace(List<ExitScenario> scenarios, boolean defaults) {
        loading = true;
        try {
            rows.setAll(scenarios.stream().map(ScenarioRow::of).toList());
            usingDefaults.set(defaults);
        } finally {
            loading = false;
        }
    }

    /** Adds a blank row; null when the table already holds {@value #MAX_ROWS}. */
    public ScenarioRow add() {
        if (!canAdd()) {
            return null;
        }
        ScenarioRow row = ScenarioRow.blank();
        rows.add(row);
        return row;
    }

    public void remove(ScenarioRow row) {
        rows.remove(row);
    }

    public boolean canAdd() {
        return rows.size() < MAX_ROWS;
    }

    /**
     * The table's problem: a row's field, no rows, or probabilities not adding up to 100 %; null when
     * none. An empty table of defaults (no valuation known) is fine unless the scenarios are {@code needed}.
     */
    String problem(boolean needed) {
        if (rows.isEmpty()) {
            return needed || !usingDefaults.get()
                    ? "Scenarios: add at least one scenario" + (defaultsAvailable.get() ? ", or reset to the defaults." : ".")
                    : null;
        }
        if (usingDefaults.get()) {
            return null;
        }
        for (int i = 0; i < rows.size(); i++) {
            String problem = rows.get(i).problem(i + 1);
            if (problem != null) {
                return problem;
            }
        }
        return sumProblem();
    }

    /** Probabilities that, all typed well, don't add up to 100 %: said at once, since the figures wait for it. */
    String sumProblem() {
        if (usingDefaults.get() || rows.isEmpty()
                || rows.stream().anyMatch(row -> !row.probability().validProperty().get())) {
            return null;
        }
        BigDecimal sum = probabilitySum();
        return sum.compareTo(HUNDRED) == 0 ? null : "Scenarios: the probabilities add up to " + Percents.format(sum)
                + " %; make them add up to 100 %.";
    }

    /** The probabilities typed so far (rows not yet valid count as 0). */
    BigDecimal probabilitySum() {
        return rows.stream().filter(row -> row.probability().validProperty().get())
                .map(row -> row.probability().value()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is saved: nothing while the table is the defaults, else every row. Only when {@link #problem} is null. */
    List<ExitScenario> toSaved() {
        return usingDefaults.get() ? List.of() : rows.stream().map(ScenarioRow::toScenario).toList();
    }

    void revealAll() {
        rows.forEach(ScenarioRow::revealAll);
    }

    /** What was typed, for telling whether the table changed. */
    List<Object> snapshot() {
        List<Object> state = new ArrayList<>(List.of(usingDefaults.get()));
        rows.forEach(row -> state.add(row.texts()));
        return state;
    }

    /**
     * True for the engine's sentence saying the scenarios are the shipped defaults, while they are: the
     * label over the table already says so, with its source, so the sentence isn't repeated.
     */
    boolean saidByTheDefaultsLabel(String assumption) {
        return usingDefaults.get() && assumption.contains("shipped defaults");
    }

    /** What to listen to for any change. */
    Observable[] observables() {
        return new Observable[] {rows, usingDefaults};
    }

    public ObservableList<ScenarioRow> rows() {
        return rows;
    }

    /** True while the table is the shipped defaults, untouched: shown labelled as an assumption. */
    public BooleanProperty usingDefaultsProperty() {
        return usingDefaults;
    }

    /** True while the valuation is known, so the shipped scenarios can be worked out. */
    public BooleanProperty defaultsAvailableProperty() {
        return defaultsAvailable;
    }
}
