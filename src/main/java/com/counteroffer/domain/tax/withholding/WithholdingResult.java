package com.counteroffer.domain.tax.withholding;

import com.counteroffer.domain.tax.TaxResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What payroll withholds over the year beside what is owed, exact (round only for display). Every amount is
 * also a {@link WithholdingLine} in {@code lines}, with its formula and source.
 *
 * @param liability the year's tax from {@code TaxEngine}, which "owed" refers to
 * @param input the supplemental wages and last year's figures the withholding was worked out from
 * @param federalWithheld federal income tax withheld: regular + supplemental
 * @param ficaWithheld Social Security + Medicare + Additional Medicare withheld
 * @param stateWithheld state income tax withheld (payroll premiums are in {@code statePayroll})
 * @param statePayroll state payroll premiums (SDI, PFL, WA Cares…), withheld exactly as owed
 * @param balanceDue total owed − total withheld: positive to pay in April, negative a refund
 * @param federalBalanceDue (federal income tax + Additional Medicare) owed − withheld: what the penalty rule looks at
 * @param stateBalanceDue (state + local income tax) owed − withheld
 * @param safeHarbor the required annual payment of IRC §6654(d): the lesser of 90 % of this year's federal tax
 *                   and 100 % (110 %) of last year's, when last year's is given
 * @param estimatedPaymentsNeeded safe harbour − federal withholding, at least 0; 0 when the federal balance due
 *                                is under 1,000 (no penalty)
 */
public record WithholdingResult(TaxResult liability, WithholdingInput input, BigDecimal federalRegular, BigDecimal federalSupplemental,
                                BigDecimal federalWithheld, BigDecimal socialSecurity, BigDecimal medicare,
                                BigDecimal additionalMedicareWithheld, BigDecimal ficaWithheld,
                                BigDecimal stateRegular, BigDecimal stateSupplemental, BigDecimal stateWithheld,
                                BigDecimal localWithheld, BigDecimal statePayroll, BigDecimal totalWithheld,
                                BigDecimal totalOwed, BigDecimal balanceDue, BigDecimal federalOwed,
                                BigDecimal federalBalanceDue, BigDecimal stateBalanceDue, BigDecimal safeHarbor,
                                BigDecimal estimatedPaymentsNeeded, List<WithholdingLine> lines, List<String> notes) {

    public static final String FEDERAL_REGULAR = "federal_regular";
    public static final String FEDERAL_SUPPLEMENTAL = "federal_supplemental";
    public static final String FEDERAL = "federal";
    public static final String FICA = "fica";
    public static final String ADDITIONAL_MEDICARE = "additional_medicare";
    public static final String STATE_REGULAR = "state_regular";
    public static final String STATE_SUPPLEMENTAL = "state_supplemental";
    public static final String STATE = "state";
    public static final String LOCAL = "local";
    public static final String STATE_PAYROLL = "state_payroll";
    public static final String TOTAL = "total";
    public static final String OWED = "owed";
    public static final String BALANCE_DUE = "balance_due";
    public static final String FEDERAL_BALANCE_DUE = "federal_balance_due";
    public static final String STATE_BALANCE_DUE = "state_balance_due";
    public static final String SAFE_HARBOR = "safe_harbor";
    public static final String ESTIMATED_PAYMENTS = "estimated_payments_needed";

    public WithholdingResult {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** The line with this key (one of the constants above). */
    public Optional<WithholdingLine> line(String key) {
        return lines.stream().filter(line -> line.key().equals(key)).findFirst();
    }

    /** Whether a penalty for underpayment is avoided without further payments. */
    public boolean noPenalty() {
        return estimatedPaymentsNeeded.signum() == 0;
    }
}
