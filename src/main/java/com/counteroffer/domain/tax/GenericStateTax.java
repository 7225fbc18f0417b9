package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tax of a state with no code of its own, from its tables alone (docs/state-taxes/README.md gives the
 * format): its income base, deductions and exemptions after their phase-outs, the schedule, an exemption credit,
 * add-backs, and employee payroll premiums. Exact, like the rest of the engine.
 */
public final class GenericStateTax {

    /** The amounts a file may phase out, and the parts of a phase-out (see {@link PhasedAmount}). */
    public static final List<String> PHASED = List.of("standard_deduction", "personal_exemption", "exemption_credit",
            "federal_tax_deduction");
    public static final List<String> PHASE_OUT_PARTS = List.of("start", "end", "step", "floor");

    /**
     * What the state part needs from the federal part.
     *
     * @param earners each earner's gross wages (payroll premiums are per earner)
     * @param federalAgi both earners' wages less pre-tax 401(k) deferrals and payroll HSA contributions
     * @param federalTaxable federal taxable income
     * @param federalTax federal income tax (for a state that deducts it)
     * @param federalRate the federal bracket rate on the next dollar (for a state that deducts federal tax)
     * @param hsa payroll HSA contributions, excluded from federal AGI
     */
    record Context(TaxInput input, List<BigDecimal> earners, BigDecimal federalAgi, BigDecimal federalTaxable,
                   BigDecimal federalTax, BigDecimal federalRate, BigDecimal hsa) {
    }

    /**
     * @param taxableIncome the state's taxable income, or null where wages are not taxed
     * @param incomeTax after the exemption credit, with add-backs
     */
    record Outcome(BigDecimal taxableIncome, BigDecimal incomeTax) {
    }

    private GenericStateTax() {
    }

    static Outcome compute(TaxLedger ledger, JurisdictionId id, Context context) {
        Jurisdiction state = ledger.stateTables(id);
        if (context.input().workState() == null) {
            premiums(ledger, state, context.earners()); // else the job's state's apply (WorkStateTax)
        }
        IncomeTaxLevy levy = state.incomeTax();
        if (!levy.levied()) {
            ledger.note(state.id().label() + " has no income tax on wages" + (state.payroll().isEmpty()
                    || context.input().workState() != null ? "."
                    : "; its employee payroll premiums are included."));
            return new Outcome(null, BigDecimal.ZERO);
        }
        TaxInput input = context.input();
        FilingStatus filing = input.filing();
        BigDecimal agi = context.federalAgi();
        BigDecimal income;
        BigDecimal incomeSlope = BigDecimal.ONE;
        switch (levy.startsFrom()) {
            case FEDERAL_TAXABLE_INCOME:
                income = context.federalTaxable();
                if (income.signum() == 0) {
                    incomeSlope = BigDecimal.ZERO;
                }
                break;
            case WAGES:
                income = input.householdWages();
                break;
            default:
                income = agi;
        }
        if (levy.deferralTaxed() && levy.startsFrom() != IncomeBase.WAGES && input.k401Deferral().signum() > 0) {
            income = income.add(input.k401Deferral());
            ledger.note(state.id().label() + " taxes 401(k) deferrals: the " + dollars(input.k401Deferral())
                    + " deferred stays in its income.");
        }
        if (levy.hsaTaxed() && context.hsa().signum() > 0) {
            income = income.add(context.hsa());
            ledger.note(state.id().label() + " taxes HSA contributions: the " + dollars(context.hsa())
                    + " contributed stays in its income.");
        }
        PhasedAmount federalCap = null;
        if (levy.federalTaxDeductible()) {
            // All of it (Alabama), or at most a cap that falls with AGI (Oregon: the lesser of the two).
            BigDecimal deducted = context.federalTax();
            if (state.optionalFigure("federal_tax_deduction", filing).isPresent()) {
                federalCap = phased(ledger, state, "federal_tax_deduction", filing, agi);
            }
            if (federalCap != null && federalCap.amount().compareTo(deducted) < 0) {
                deducted = federalCap.amount();
            } else {
                federalCap = null;
                incomeSlope = incomeSlope.subtract(context.federalRate());
            }
            income = income.subtract(deducted);
            ledger.line(new TaxLine(state.id().label(), "Federal income tax deducted from " + state.id().label()
                    + " income" + (federalCap == null ? "" : " (capped)"), deducted.negate()));
        }

        PhasedAmount deduction = phased(ledger, state, "standard_deduction", filing, agi);
        PhasedAmount exemption = phased(ledger, state, "personal_exemption", filing, agi);
        BigDecimal beforeFloor = income.subtract(deduction.amount()).subtract(exemption.amount());
        BigDecimal taxable = beforeFloor.max(BigDecimal.ZERO);
        BigDecimal scheduleTax = ledger.bracketTax(state, taxable, false);
        Schedule schedule = state.schedule(filing);
        BigDecimal rate = schedule.bracketOf(taxable).rate();
        if (beforeFloor.signum() >= 0) {
            // The next dollar of wages moves the state's income by incomeSlope, and shrinks what is phasing out.
            BigDecimal capSlope = federalCap == null ? BigDecimal.ZERO : federalCap.slope();
            ledger.addMarginal(rate.multiply(incomeSlope.add(deduction.slope()).add(exemption.slope()).add(capSlope)));
        }

        BigDecimal tax = scheduleTax;
        PhasedAmount credit = phased(ledger, state, "exemption_credit", filing, agi);
        BigDecimal allowedCredit = credit.amount().min(scheduleTax);
        if (allowedCredit.signum() > 0) {
            tax = tax.subtract(allowedCredit);
            ledger.line(new TaxLine(state.id().label(), capitalised(levy.label("exemption_credit")),
                    allowedCredit.negate()));
            if (allowedCredit.compareTo(credit.amount()) == 0) {
                ledger.addMarginal(credit.slope());
            }
        }
        for (AddBack addBack : state.addBacks()) {
            ledger.use(state, addBack.status(), addBack.note());
            BigDecimal amount = addBack.amount(filing, addBack.onStateTaxableIncome() ? taxable : agi);
            if (amount.signum() > 0) {
                tax = tax.add(amount);
                ledger.line(new TaxLine(state.id().label(), addBack.label(), amount));
            }
        }
        return new Outcome(taxable, tax);
    }

    /** Each earner's premiums, each up to its cap; the first earner's next dollar pays the rate below the cap. */
    private static void premiums(TaxLedger ledger, Jurisdiction state, List<BigDecimal> earners) {
        for (PayrollPremium premium : state.payroll()) {
            ledger.use(state, premium.status(), premium.note());
            BigDecimal amount = earners.stream().map(premium::on).reduce(BigDecimal.ZERO, BigDecimal::add);
            String label = premium.label() + ", " + percent(premium.rate()) + " of wages"
                    + (premium.wageCap() == null ? "" : " up to " + dollars(premium.wageCap()));
            boolean belowCap = premium.wageCap() == null || earners.get(0).compareTo(premium.wageCap()) < 0;
            ledger.payroll(state, label, amount, belowCap ? premium.rate() : null);
        }
    }

    private static PhasedAmount phased(TaxLedger ledger, Jurisdiction state, String name, FilingStatus filing,
                                       BigDecimal agi) {
        state.optionalFigure(name, filing).ifPresent(figure -> ledger.use(state, figure));
        for (String part : PHASE_OUT_PARTS) {
            state.optionalFigure(name + "_phaseout_" + part, filing).ifPresent(figure -> ledger.use(state, figure));
        }
        PhasedAmount phased = PhasedAmount.of(state, name, filing, agi);
        BigDecimal full = state.optionalFigure(name, filing).map(Figure::value).orElse(BigDecimal.ZERO);
        if (phased.amount().compareTo(full) < 0) {
            ledger.note(state.id().label() + " " + state.incomeTax().label(name) + " reduced from " + dollars(full) + " to "
                    + dollars(phased.amount()) + " at federal AGI " + dollars(agi) + ".");
        }
        return phased;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String dollars(BigDecimal amount) {
        return TaxEngine.dollars(amount);
    }

    private static String percent(BigDecimal rate) {
        return TaxEngine.percent(rate);
    }
}
