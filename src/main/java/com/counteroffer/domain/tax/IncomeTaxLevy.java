package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.util.Objects;

/**
 * Whether a jurisdiction taxes wage income at all (Texas and Washington do not), and, for a state read by the
 * generic computation, what its income starts from.
 *
 * @param startsFrom the income the state's return starts from; null where the state's own code decides
 * @param federalTaxDeductible whether federal income tax is deducted from the state's income (Alabama)
 * @param deferralTaxed whether pre-tax 401(k) deferrals stay in the state's income (Pennsylvania)
 * @param hsaTaxed whether payroll HSA contributions stay in the state's income (California, New Jersey)
 */
public record IncomeTaxLevy(boolean levied, String sourceId, FigureStatus status, String note, IncomeBase startsFrom,
                            boolean federalTaxDeductible, boolean deferralTaxed, boolean hsaTaxed) {

    public IncomeTaxLevy {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /** A levy whose income base the state's own code decides. */
    public IncomeTaxLevy(boolean levied, String sourceId, FigureStatus status, String note) {
        this(levied, sourceId, status, note, null, false, false, false);
    }
}
