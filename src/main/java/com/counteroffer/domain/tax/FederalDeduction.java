package com.counteroffer.domain.tax;

import java.math.BigDecimal;

/**
 * The federal deduction used: the larger of the standard deduction and the itemized state and local taxes
 * (IRC §164(b)(6) and (7): state and local income tax plus property tax, capped). Other itemized deductions are
 * not modelled.
 *
 * @param itemized whether the itemized SALT deduction was larger and used
 * @param amount the deduction subtracted from federal AGI
 * @param standard the standard deduction for the filing status
 * @param stateAndLocalTaxes state and local income tax (after credits, at least 0) plus property tax, before the cap
 * @param cap the SALT cap at this modified AGI: 40,400 in 2026, less 30 % of MAGI above 505,000, at least 10,000
 */
public record FederalDeduction(boolean itemized, BigDecimal amount, BigDecimal standard, BigDecimal stateAndLocalTaxes,
                               BigDecimal cap) {

    /** What itemizing would give: the taxes up to the cap. */
    public BigDecimal itemizedAmount() {
        return stateAndLocalTaxes.min(cap);
    }

    /** Whether the cap cuts the taxes. */
    public boolean capped() {
        return stateAndLocalTaxes.compareTo(cap) > 0;
    }
}
