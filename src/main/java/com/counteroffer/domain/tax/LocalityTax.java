package com.counteroffer.domain.tax;

import java.math.BigDecimal;

/** The taxes of the city or county the user lives in, on the base each levy names. */
final class LocalityTax {

    private LocalityTax() {
    }

    /**
     * @param stateTaxable the state's taxable income (0 where none)
     * @param stateTax the state's income tax after credits
     * @param federalWages both earners' wages less 401(k) deferrals and payroll HSA contributions
     * @param medicareWages both earners' wages less payroll HSA contributions
     * @param stateRate the state's rate on the next dollar (for a levy on the state's tax)
     * @return the locality's taxes together
     */
    static BigDecimal compute(TaxLedger ledger, Jurisdiction state, Locality locality, TaxInput input,
                              BigDecimal federalWages, BigDecimal medicareWages, BigDecimal stateTaxable,
                              BigDecimal stateTax, BigDecimal stateRate) {
        ledger.use(state, locality.status(), locality.note());
        BigDecimal total = BigDecimal.ZERO;
        for (Locality.Levy levy : locality.levies()) {
            Schedule schedule = levy.schedules().get(input.filing());
            BigDecimal base;
            BigDecimal baseSlope;
            switch (levy.base()) {
                case WAGES:
                    // Local wage taxes don't exclude 401(k) deferrals.
                    base = medicareWages;
                    baseSlope = BigDecimal.ONE;
                    break;
                case FEDERAL_WAGES:
                    base = federalWages;
                    baseSlope = BigDecimal.ONE;
                    break;
                case STATE_TAX:
                    base = stateTax;
                    baseSlope = stateRate;
                    break;
                default:
                    base = stateTaxable;
                    baseSlope = stateTaxable.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            BigDecimal tax = ledger.scheduleTax(locality.name() + " — " + levy.label(), schedule, base);
            ledger.addMarginal(schedule.bracketOf(base).rate().multiply(baseSlope));
            total = total.add(tax);
        }
        ledger.note(locality.name() + " resident taxes included: " + String.join(", ",
                locality.levies().stream().map(Locality.Levy::label).toList()) + ".");
        return total;
    }
}
