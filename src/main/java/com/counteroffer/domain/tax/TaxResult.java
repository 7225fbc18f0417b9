package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's tax on wages, exact (round only for display).
 *
 * @param federalTaxableIncome wages − 401(k) deferral − payroll HSA − the federal deduction used, at least 0
 * @param stateTaxableIncome the state's taxable income, or null where the state taxes no wages or is not modelled
 * @param stateIncomeTax including New York's supplemental tax and California's mental health services tax,
 *                       after California's exemption credit
 * @param localIncomeTax New York City's resident tax or Maryland's county tax
 * @param statePayroll employee payroll premiums: California SDI, New York PFL and disability, WA Cares and PFML
 * @param net wages (both earners' with a spouse's wages) − total tax: the deferral is still the earner's money, so it is not subtracted here
 * @param takeHomeAfterDeferral net − pre-tax and Roth 401(k) deferrals − payroll HSA contribution: what reaches the
 *                              bank account over the year
 * @param effectiveRate total tax ÷ wages, both earners' (0 for no wages)
 * @param marginalRate the combined rate on the next dollar of wages: federal, state and local brackets, the
 *                     FICA and payroll premiums that still apply, and the phase-ins in progress (New York's
 *                     recapture, California's exemption-credit phase-out averaged over its step)
 * @param brackets each bracket's share of taxable income, federal first
 * @param components the parts that are not brackets (supplemental tax, credits, premiums)
 * @param notes plain sentences on scope, assumptions and any uncertain figure used
 * @param workStateTax the income tax of the state where the job is, when not the state of residence (0 for none,
 *                     under a reciprocal agreement, or where it taxes no nonresident's wages); included in the
 *                     total; the home state's credit for it is a component and lowers {@code stateIncomeTax}
 * @param federalDeduction the federal deduction used: standard or itemized state and local taxes, and why
 */
public record TaxResult(TaxInput input, BigDecimal federalTaxableIncome, BigDecimal stateTaxableIncome,
                        BigDecimal federalIncomeTax, BigDecimal socialSecurity, BigDecimal medicare,
                        BigDecimal additionalMedicare, BigDecimal stateIncomeTax, BigDecimal localIncomeTax,
                        BigDecimal statePayroll, BigDecimal totalTax, BigDecimal net, BigDecimal takeHomeAfterDeferral,
                        BigDecimal effectiveRate, BigDecimal marginalRate, List<BracketShare> brackets,
                        List<TaxLine> components, List<String> notes, BigDecimal workStateTax,
                        FederalDeduction federalDeduction) {

    public TaxResult {
        workStateTax = workStateTax == null ? BigDecimal.ZERO : workStateTax;
        brackets = List.copyOf(brackets);
        components = List.copyOf(components);
        notes = List.copyOf(notes);
    }

    /** No work state; no record of the federal deduction (null). */
    public TaxResult(TaxInput input, BigDecimal federalTaxableIncome, BigDecimal stateTaxableIncome,
                     BigDecimal federalIncomeTax, BigDecimal socialSecurity, BigDecimal medicare,
                     BigDecimal additionalMedicare, BigDecimal stateIncomeTax, BigDecimal localIncomeTax,
                     BigDecimal statePayroll, BigDecimal totalTax, BigDecimal net, BigDecimal takeHomeAfterDeferral,
                     BigDecimal effectiveRate, BigDecimal marginalRate, List<BracketShare> brackets,
                     List<TaxLine> components, List<String> notes) {
        this(input, federalTaxableIncome, stateTaxableIncome, federalIncomeTax, socialSecurity, medicare,
                additionalMedicare, stateIncomeTax, localIncomeTax, statePayroll, totalTax, net, takeHomeAfterDeferral,
                effectiveRate, marginalRate, brackets, components, notes, BigDecimal.ZERO, null);
    }
}
