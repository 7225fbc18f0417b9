package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a jurisdiction taxes wage income at all (Texas and Washington do not), and, for a state read by the
 * generic computation, what its income starts from.
 *
 * @param startsFrom the income the state's return starts from; null where the state's own code decides
 * @param federalTaxDeductible whether federal income tax is deducted from the state's income (Alabama)
 * @param deferralTaxed whether pre-tax 401(k) deferrals stay in the state's income (Pennsylvania)
 * @param hsaTaxed whether payroll HSA contributions stay in the state's income (California, New Jersey)
 * @param labels what the state calls an amount the file carries in a generic slot, e.g. Oregon's federal tax
 *               subtraction in {@code personal_exemption}; slots not named keep their own names
 */
public record IncomeTaxLevy(boolean levied, String sourceId, FigureStatus status, String note, IncomeBase startsFrom,
                            boolean federalTaxDeductible, boolean deferralTaxed, boolean hsaTaxed,
                            Map<String, String> labels) {

    public IncomeTaxLevy {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** How results name the amount in {@code slot}, e.g. "personal exemption". */
    public String label(String slot) {
        return labels.getOrDefault(slot, slot.replace('_', ' '));
    }

    /** A levy whose income base the state's own code decides. */
    public IncomeTaxLevy(boolean levied, String sourceId, FigureStatus status, String note) {
        this(levied, sourceId, status, note, null, false, false, false, Map.of());
    }
}
