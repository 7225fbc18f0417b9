package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An amount added to a state's tax in steps of federal AGI, such as Connecticut's phase-out add-back and benefit
 * recapture: {@code perStep} for each {@code step} of AGI, or part of one, above {@code start}, at most {@code max}.
 *
 * @param onStateTaxableIncome whether the steps are counted on the state's taxable income (Ohio's fixed amount
 *                             above 26,050) rather than on federal AGI
 */
public record AddBack(String label, Map<FilingStatus, Steps> byFiling, String sourceId, FigureStatus status,
                      String note, boolean onStateTaxableIncome) {

    public AddBack {
        Objects.requireNonNull(label, "label");
        byFiling = Map.copyOf(new EnumMap<>(byFiling));
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /** The amount added when the income the steps count on ({@code base}) is this, for {@code filing}. */
    public BigDecimal amount(FilingStatus filing, BigDecimal base) {
        Steps steps = byFiling.get(filing);
        BigDecimal over = base.subtract(steps.start());
        if (over.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal count = over.divide(steps.step(), 0, RoundingMode.CEILING);
        return count.multiply(steps.perStep()).min(steps.max());
    }

    /** One filing status's steps. */
    public record Steps(BigDecimal start, BigDecimal step, BigDecimal perStep, BigDecimal max) {

        public Steps {
            if (step.signum() <= 0) {
                throw new IllegalArgumentException("an add-back's step must be above 0");
            }
        }
    }
}
