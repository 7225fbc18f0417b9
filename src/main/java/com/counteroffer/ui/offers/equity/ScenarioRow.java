package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.input.Parsed;
import com.counteroffer.domain.input.Percents;
import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.ui.common.FieldParsers;
import com.counteroffer.ui.common.ValidatedField;
import java.math.BigDecimal;
import java.util.List;

/** One exit scenario as typed: its name, the company's value at the exit and its probability. */
public final class ScenarioRow {

    /** Ten trillion dollars: more than any company has been worth, so a slip of zeros is caught. */
    static final long MAX_COMPANY_VALUE = com.counteroffer.domain.equity.EquityAnalysis.MAX_EXIT_VALUE;

    private final ValidatedField<String> name = new ValidatedField<>(text -> text == null || text.isBlank()
            ? Parsed.error("Name the scenario, e.g. Strong exit.") : TextRules.parse(text, TextRules.Kind.NAME));
    private final ValidatedField<Long> companyValue =
            new ValidatedField<>(FieldParsers.amount(true, MAX_COMPANY_VALUE));
    private final ValidatedField<BigDecimal> probability = new ValidatedField<>(
            text -> Percents.parse(text, BigDecimal.ZERO, BigDecimal.valueOf(100), true, "probability"));

    static ScenarioRow of(ExitScenario scenario) {
        ScenarioRow row = new ScenarioRow();
        row.name.load(scenario.name());
        row.companyValue.load(Money.format(scenario.companyValue()));
        row.probability.load(Percents.format(scenario.probabilityPercent()));
        return row;
    }

    static ScenarioRow blank() {
        return new ScenarioRow();
    }

    /** The row's problem to show on save, naming the field; null when it has none. */
    String problem(int number) {
        for (ValidatedField<?> field : fields()) {
            String message = field.messageOf();
            if (!message.isEmpty()) {
                return "Scenario " + number + ": " + message;
            }
        }
        return null;
    }

    void revealAll() {
        fields().forEach(ValidatedField::reveal);
    }

    /** Only for a valid row. */
    ExitScenario toScenario() {
        return new ExitScenario(name.value().strip(), companyValue.value(), probability.value());
    }

    /** What was typed, for telling whether the table changed. */
    List<String> texts() {
        return List.of(name.textProperty().get(), companyValue.textProperty().get(),
                probability.textProperty().get());
    }

    List<ValidatedField<?>> fields() {
        return List.of(name, companyValue, probability);
    }

    public ValidatedField<String> name() {
        return name;
    }

    public ValidatedField<Long> companyValue() {
        return companyValue;
    }

    public ValidatedField<BigDecimal> probability() {
        return probability;
    }
}
