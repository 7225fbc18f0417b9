package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The tax of a job in another state than the home state. The work state taxes a nonresident's wages earned
 * there, unless a reciprocal agreement leaves them to the home state or it taxes no nonresident's wages (the
 * District of Columbia); the home state then credits the tax paid to the work state. Both by the usual methods,
 * simplified to wages:
 * <ul>
 *   <li>the work state's tax: its tax computed as if a resident (its tables, no locality) × the income percentage,
 *       the wages earned there ÷ federal AGI (NY IT-203, NJ-1040NR, CT-1040NR/PY, OR-40-N, VA 763, MD 505);</li>
 *   <li>the home state's credit: the smaller of that tax and the home state's tax × (income taxed there ÷ total
 *       income) (NJ Schedule NJ-COJ, CT Schedule 2, VA Schedule OSC, MD Form 502CR, NY IT-112-R).</li>
 *   <li>employee payroll premiums follow the job: the work state's on the user's wages, whatever the income tax
 *       does; the home state's only on a spouse's.</li>
 * </ul>
 * docs/reference-data.md §4 ("Where state tax is due") gives the sources and what is simplified.
 */
final class WorkStateTax {

    private static final MathContext DIVISION = MathContext.DECIMAL128;

    /**
     * The work state's income tax on a resident, from a computation of its own.
     *
     * @param rate its rate on the next dollar of wages
     * @param brackets its brackets and lines, for the breakdown
     * @param notes what that computation said about the state (uncertain figures, phase-outs)
     */
    record AsResident(BigDecimal incomeTax, BigDecimal rate, List<BracketShare> brackets, List<TaxLine> lines,
                      List<String> notes, List<Premium> premiums) {

        AsResident {
            premiums = List.copyOf(premiums);
        }
    }

    /** An employee payroll premium as a state's computation charges it; {@code rate} null once capped. */
    record Premium(Jurisdiction jurisdiction, String label, BigDecimal amount, BigDecimal rate) {
    }

    /**
     * @param tax the work state's nonresident tax (0 under reciprocity or where nonresidents' wages aren't taxed)
     * @param credit the home state's credit for it, at most the home state's tax
     */
    record Outcome(BigDecimal tax, BigDecimal credit) {
    }

    private WorkStateTax() {
    }

    /**
     * @param homeTax the home state's income tax before the credit
     * @param homeRate the home state's income-tax rate on the next dollar
     */
    static Outcome compute(TaxLedger ledger, TaxTables tables, TaxInput input, BigDecimal federalAgi,
                           BigDecimal homeTax, BigDecimal homeRate) {
        StateCode home = input.state();
        StateCode work = input.workState();
        premiums(ledger, tables, input);
        var exemption = tables.reciprocity().exemption(work);
        if (exemption.isPresent()) {
            ledger.note(work.label() + " taxes no nonresident's wages (" + exemption.get().source().title()
                    + "): your wages there are taxed by " + home.label() + " alone, as a resident.");
            return new Outcome(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        var agreement = tables.reciprocity().between(home, work);
        if (agreement.isPresent()) {
            ledger.note(home.label() + " and " + work.label() + " have a reciprocal agreement ("
                    + agreement.get().source().title() + "): wages earned in " + work.label() + " are taxed by "
                    + home.label() + " alone." + (agreement.get().note().isEmpty() ? "" : " " + agreement.get().note()));
            if (agreement.get().status() == com.counteroffer.domain.market.FigureStatus.UNCERTAIN) {
                ledger.note("Assumption: the reciprocal agreement between " + home.label() + " and " + work.label()
                        + " applies to you; without it " + work.label() + " would tax these wages.");
            }
            return new Outcome(BigDecimal.ZERO, BigDecimal.ZERO);
        }

        AsResident asResident = asResident(tables, input);
        if (asResident.incomeTax().signum() == 0 && asResident.rate().signum() == 0) {
            ledger.note(work.label() + " charges no income tax on these wages: " + home.label() + " taxes them "
                    + "alone, as a resident.");
            return new Outcome(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        // The income percentage: the job's wages (less its 401(k) deferral) over federal AGI; a spouse's
        // wages are taken as earned at home. Without a spouse all the income is the job's: the whole of it.
        boolean alone = input.spouseWages().signum() == 0;
        BigDecimal sourced = input.wages().subtract(input.k401Deferral()).subtract(input.hsa());
        BigDecimal share = alone ? BigDecimal.ONE : federalAgi.signum() == 0
                ? input.wages().divide(input.householdWages(), DIVISION) : sourced.divide(federalAgi, DIVISION);
        BigDecimal shareSlope = alone || federalAgi.signum() == 0 ? BigDecimal.ZERO
                : BigDecimal.ONE.subtract(share).divide(federalAgi, DIVISION);
        BigDecimal tax = asResident.incomeTax().multiply(share);
        BigDecimal taxRate = asResident.rate().multiply(share).add(asResident.incomeTax().multiply(shareSlope));
        asResident.brackets().forEach(ledger::bracket);
        asResident.lines().forEach(ledger::line);
        asResident.notes().forEach(ledger::note);
        ledger.note(work.label() + " taxes the wages earned there: its tax as if a resident ("
                + TaxEngine.dollars(asResident.incomeTax()) + ")" + (share.compareTo(BigDecimal.ONE) == 0
                ? ", all of it, since all your income is those wages"
                : " × the share of federal AGI earned there (" + TaxEngine.percent(share.round(MathContext.DECIMAL32))
                        + ")") + " = " + TaxEngine.dollars(tax) + " (nonresident return, income-percentage method).");
        if (work == StateCode.NY) {
            ledger.note("New York City taxes only its residents: no city tax on a commuter's wages.");
        }
        if (work == StateCode.MD) {
            ledger.note("Maryland's special nonresident tax (in place of the county tax) is not included.");
        }
        if (input.spouseWages().signum() > 0) {
            ledger.note("The spouse's wages are taken as earned in " + home.label() + " (assumption).");
        }
        ledger.addMarginal(taxRate);

        BigDecimal limit = homeTax.multiply(share);
        BigDecimal credit = tax.min(limit).max(BigDecimal.ZERO);
        if (credit.signum() > 0) {
            ledger.line(new TaxLine(home.label(), "Credit for tax paid to " + work.label() + ": the smaller of "
                    + work.label() + "'s tax and " + home.label() + "'s tax on the income taxed there ("
                    + creditForm(home) + ")", credit.negate()));
            BigDecimal creditRate = tax.compareTo(limit) <= 0 ? taxRate
                    : homeRate.multiply(share).add(homeTax.multiply(shareSlope));
            ledger.addMarginal(creditRate.negate());
        }
        if (home == StateCode.MD && credit.signum() > 0) {
            ledger.note("Maryland also credits tax paid to other states against the county tax (Form 502CR, "
                    + "after Comptroller v. Wynne); that part is not included, so the county tax is before it.");
        }
        if (homeTax.signum() == 0) {
            ledger.note(home.label() + " taxes no wages here, so nothing offsets " + work.label() + "'s tax.");
        } else {
            ledger.note(home.label() + " taxes its residents on all their wages and credits the tax paid to "
                    + work.label() + " on the same income, up to its own tax on it: in all you pay about the "
                    + "larger of the two states' taxes on those wages.");
        }
        return new Outcome(tax, credit);
    }

    /**
     * Employee payroll premiums follow the job: a state's disability and leave programs cover work located there
     * (the unemployment-insurance localization rule, e.g. N.J.S.A. 43:21-19(i)), so the work state's are charged on the
     * user's wages and the home state's only on a spouse's, who is taken to work at home.
     */
    private static void premiums(TaxLedger ledger, TaxTables tables, TaxInput input) {
        StateCode home = input.state();
        StateCode work = input.workState();
        AsResident jobState = TaxEngine.stateIncomeTaxAsResident(tables, TaxInput.of(input.wages(), input.filing(),
                work));
        List<Premium> job = jobState.premiums();
        job.forEach(premium -> ledger.premium(premium.jurisdiction(), premium.label(), premium.amount(),
                premium.rate()));
        // An uncertain premium rate is said wherever it is charged (the work state's income tax notes come later,
        // only when it taxes the wages).
        String uncertain = "Uncertain figure used (" + work.jurisdiction().orElseThrow().label() + ")";
        if (!job.isEmpty()) {
            jobState.notes().stream().filter(note -> note.startsWith(uncertain)).forEach(ledger::note);
        }
        if (input.spouseWages().signum() > 0) {
            // The marginal rate is on the first earner's next dollar: the spouse's premiums add none.
            TaxEngine.stateIncomeTaxAsResident(tables, TaxInput.of(input.spouseWages(), input.filing(), home))
                    .premiums().forEach(premium -> ledger.premium(premium.jurisdiction(), premium.label()
                            + ", on the spouse's wages", premium.amount(), null));
        }
        ledger.note("Employee payroll premiums follow the job: " + (job.isEmpty() ? work.label() + " charges none"
                : work.label() + "'s are charged") + " on your wages, not " + home.label() + "'s (disability and "
                + "leave programs cover work located in their state).");
    }

    /** The work state's tax as if a resident: its own tables, no locality, wages and accounts as given. */
    private static AsResident asResident(TaxTables tables, TaxInput input) {
        StateCode work = input.workState();
        TaxInput resident = new TaxInput(input.wages(), input.filing(), work, false, null, input.k401Deferral(),
                input.spouseWages(), null, null, input.roth401k(), input.age(), input.hsa(), input.hsaCoverage(),
                input.propertyTax());
        return TaxEngine.stateIncomeTaxAsResident(tables, resident);
    }

    /** The home state's form for the credit, where it is one of the common commuter homes. */
    private static String creditForm(StateCode home) {
        return switch (home) {
            case NJ -> "Schedule NJ-COJ";
            case CT -> "CT-1040 Schedule 2";
            case VA -> "Schedule OSC";
            case MD -> "Form 502CR";
            case NY -> "Form IT-112-R";
            case PA -> "Schedule G-L";
            case CA -> "Schedule S";
            default -> "its credit for taxes paid to other states";
        };
    }
}
