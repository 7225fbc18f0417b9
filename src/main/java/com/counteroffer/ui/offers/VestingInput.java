package com.counteroffer.ui.offers;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.ui.common.FieldParsers;
import com.counteroffer.ui.common.ValidatedField;
import com.counteroffer.domain.input.Parsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A vesting schedule as typed: a preset, or custom yearly percents ("25, 25, 25, 25"), a cliff
 * and a cadence. Custom percents must add up to 100.
 */
final class VestingInput {

    private final ObjectProperty<VestingPreset> preset = new SimpleObjectProperty<>(VestingPreset.STANDARD);
    private final ValidatedField<List<BigDecimal>> yearlyPercents = new ValidatedField<>(VestingInput::parsePercents);
    private final ValidatedField<Integer> cliffMonths =
            new ValidatedField<>(FieldParsers.wholeNumber(0, 120, false, "cliff in months"));
    private final ObjectProperty<Cadence> cadence = new SimpleObjectProperty<>(Cadence.MONTHLY);
    private final BooleanBinding valid;

    VestingInput() {
        valid = Bindings.createBooleanBinding(() -> preset.get() != null
                        || (yearlyPercents.validProperty().get() && cliffMonths.validProperty().get()
                        && customProblems().isEmpty()),
                preset, yearlyPercents.validProperty(), cliffMonths.validProperty(), yearlyPercents.textProperty(),
                cliffMonths.textProperty(), cadence);
    }

    ObjectProperty<VestingPreset> presetProperty() {
        return preset;
    }

    ValidatedField<List<BigDecimal>> yearlyPercents() {
        return yearlyPercents;
    }

    ValidatedField<Integer> cliffMonths() {
        return cliffMonths;
    }

    ObjectProperty<Cadence> cadenceProperty() {
        return cadence;
    }

    BooleanBinding validProperty() {
        return valid;
    }

    /** Why a custom schedule can't be used, e.g. that its percents add up to 90. */
    String customProblem() {
        List<String> problems = customProblems();
        return problems.isEmpty() ? "" : String.join("; ", problems);
    }

    Vesting toVesting() {
        if (preset.get() != null) {
            return Vesting.of(preset.get());
        }
        Integer cliff = cliffMonths.value();
        return Vesting.custom(yearlyPercents.value(), cliff == null ? 0 : cliff, cadence.get());
    }

    void load(Vesting vesting) {
        if (vesting == null) {
            preset.set(VestingPreset.STANDARD);
            yearlyPercents.load("");
            cliffMonths.load("");
            cadence.set(Cadence.MONTHLY);
            return;
        }
        preset.set(vesting.preset());
        yearlyPercents.load(String.join(", ",
                vesting.yearlyPercents().stream().map(p -> p.stripTrailingZeros().toPlainString()).toList()));
        cliffMonths.load(Integer.toString(vesting.cliffMonths()));
        cadence.set(vesting.cadence());
    }

    private List<String> customProblems() {
        if (preset.get() != null) {
            return List.of();
        }
        Parsed<List<BigDecimal>> percents = parsePercents(yearlyPercents.textProperty().get());
        Parsed<Integer> cliff = FieldParsers.wholeNumber(0, 120, false, "cliff in months")
                .apply(cliffMonths.textProperty().get());
        if (!percents.ok() || !cliff.ok()) {
            return List.of();
        }
        return Vesting.custom(percents.value(), cliff.value() == null ? 0 : cliff.value(), cadence.get()).problems();
    }

    static Parsed<List<BigDecimal>> parsePercents(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.error("Enter the percent vesting each year, e.g. 25, 25, 25, 25.");
        }
        List<BigDecimal> percents = new ArrayList<>();
        for (String part : text.split("[,/;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                BigDecimal value = new BigDecimal(part.replace("%", ""));
                if (value.signum() < 0) {
                    return Parsed.error("A year's percent can't be negative.");
                }
                percents.add(value);
            } catch (NumberFormatException e) {
                return Parsed.error("\"" + part + "\" is not a percent. Type the years like 25, 25, 25, 25.");
            }
        }
        if (percents.isEmpty() || percents.size() > 10) {
            return Parsed.error("Give between 1 and 10 yearly percents.");
        }
        BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(Vesting.HUNDRED) != 0) {
            return Parsed.error("The years add up to " + sum.stripTrailingZeros().toPlainString()
                    + " %; they must add up to 100 %.");
        }
        return Parsed.of(List.copyOf(percents));
    }
}
