package com.counteroffer.domain.tax.withholding;

import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.tax.Figure;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What payroll withholds over the year, beside the liability {@link TaxEngine} works out: federal income tax
 * by Publication 15-T's annual percentage method on regular pay and the flat supplemental rates on bonus,
 * sign-on and RSU wages; FICA as owed except Additional Medicare (per employee above 200,000); the state's
 * flat supplemental rate (or its marginal rate where it has none). Then the balance due in April and the
 * estimated payments that avoid the underpayment penalty (IRC §6654). Pure and exact.
 */
public final class Withholding {

    /** The state's marginal rate is measured on this much more wages. */
    static final BigDecimal MARGINAL_STEP = BigDecimal.valueOf(1000);

    private Withholding() {
    }

    /**
     * @param liability {@code TaxEngine.compute(tables, liability.input())}
     * @throws IllegalArgumentException if the supplemental wages are more than the wages
     */
    public static WithholdingResult compute(WithholdingTables rules, TaxTables tables, TaxResult liability,
                                            WithholdingInput input) {
        TaxInput tax = liability.input();
        if (input.supplementalWages().compareTo(tax.wages()) > 0) {
            throw new IllegalArgumentException("the supplemental wages (" + money(input.supplementalWages())
                    + ") can't be more than the wages (" + money(tax.wages()) + "); they are part of them");
        }
        return new Computation(rules, tables, liability, input).run();
    }

    private static final class Computation {

        private final WithholdingTables rules;
        private final TaxTables tables;
        private final TaxResult liability;
        private final TaxInput tax;
        private final WithholdingInput input;
        private final List<WithholdingLine> lines = new ArrayList<>();
        private final Set<String> notes = new LinkedHashSet<>();
        private final Set<String> uncertain = new LinkedHashSet<>();

        Computation(WithholdingTables rules, TaxTables tables, TaxResult liability, WithholdingInput input) {
            this.rules = rules;
            this.tables = tables;
            this.liability = liability;
            this.tax = liability.input();
            this.input = input;
        }

        WithholdingResult run() {
            FilingStatus filing = tax.filing();
            BigDecimal supplemental = input.supplementalWages();
            BigDecimal regular = tax.wages().subtract(supplemental);
            // The 401(k) deferral and the payroll HSA (neither is income-tax wages) come out of regular pay first;
            // any rest out of the supplemental pay.
            BigDecimal preTax = tax.k401Deferral().add(tax.hsa());
            BigDecimal deferralFromRegular = preTax.min(regular);
            BigDecimal regularTaxable = regular.subtract(deferralFromRegular);
            BigDecimal supplementalTaxable = supplemental.subtract(preTax.subtract(deferralFromRegular));

            notes.add("Withholding as payroll would work it out for " + rules.taxYear() + ": regular pay by the annual "
                    + "percentage method (Publication 15-T, Worksheet 1A) as if one employer paid it evenly, with a "
                    + "2020 or later Form W-4 (" + filing.label().toLowerCase(Locale.ROOT) + ", Step 2 unchecked, "
                    + "nothing in Steps 3 and 4); bonus, sign-on and RSU vests at the flat supplemental rates.");

            // Federal income tax: regular pay by the table, each earner's job on its own.
            BigDecimal federalRegular = tableWithholding(filing, regularTaxable);
            String regularFormula = tableFormula(filing, regularTaxable, federalRegular, "your regular pay");
            if (tax.spouseWages().signum() > 0) {
                BigDecimal spouse = tableWithholding(filing, tax.spouseWages());
                regularFormula += "; plus " + tableFormula(filing, tax.spouseWages(), spouse, "the spouse's wages");
                federalRegular = federalRegular.add(spouse);
                notes.add("Two earners: the spouse's wages are taken as regular pay withheld under the same W-4 ("
                        + filing.label().toLowerCase(Locale.ROOT) + ", Step 2 unchecked), each job withheld on its "
                        + "own; each job's table then assumes it is the household's only income, which under-"
                        + "withholds (Step 2 of the W-4 is there to correct it).");
            }
            Figure adjustment = rules.wageAdjustment().get(filing);
            add(WithholdingResult.FEDERAL_REGULAR, "Federal income tax withheld on regular pay", federalRegular,
                    regularFormula, cite(rules.percentageMethod().get(filing).sourceId(),
                            rules.percentageMethod().get(filing).status(), rules.percentageMethod().get(filing).note())
                            + "; line 1g " + cite(adjustment), false);

            BigDecimal federalSupplemental = supplementalWithholding(supplementalTaxable);
            BigDecimal federalWithheld = federalRegular.add(federalSupplemental);
            add(WithholdingResult.FEDERAL, "Federal income tax withheld", federalWithheld, "regular "
                    + money(federalRegular) + " + supplemental " + money(federalSupplemental), "", false);

            // FICA: withheld as owed, except Additional Medicare, which each employer withholds above 200,000.
            BigDecimal additionalRate = use(rules.federal(WithholdingTables.ADDITIONAL_MEDICARE_RATE));
            BigDecimal threshold = use(rules.federal(WithholdingTables.ADDITIONAL_MEDICARE_THRESHOLD));
            // Medicare wages: the payroll HSA is not in them.
            BigDecimal additional = over(tax.wages().subtract(tax.hsa()), threshold).multiply(additionalRate)
                    .add(over(tax.spouseWages(), threshold).multiply(additionalRate));
            add(WithholdingResult.ADDITIONAL_MEDICARE, "Additional Medicare withheld", additional,
                    percent(additionalRate) + " × each employee's wages above " + money(threshold) + " ("
                            + money(over(tax.wages(), threshold)) + (tax.spouseWages().signum() > 0 ? " + "
                            + money(over(tax.spouseWages(), threshold)) : "") + "), whatever the filing status; owed: "
                            + money(liability.additionalMedicare()) + " on the filing status's threshold",
                    cite(rules.federal(WithholdingTables.ADDITIONAL_MEDICARE_THRESHOLD)), false);
            BigDecimal fica = liability.socialSecurity().add(liability.medicare()).add(additional);
            add(WithholdingResult.FICA, "Social Security and Medicare withheld", fica, "Social Security "
                    + money(liability.socialSecurity()) + " + Medicare " + money(liability.medicare())
                    + " (withheld as owed) + Additional Medicare " + money(additional), "", false);

            // State and city.
            BigDecimal[] state = state(regular, regularTaxable, supplementalTaxable);
            BigDecimal stateRegular = state[0];
            BigDecimal stateSupplemental = state[1];
            BigDecimal stateWithheld = stateRegular.add(stateSupplemental);
            BigDecimal localWithheld = state[2];
            add(WithholdingResult.STATE, "State income tax withheld", stateWithheld, "regular "
                    + money(stateRegular) + " + supplemental " + money(stateSupplemental), "", false);
            add(WithholdingResult.LOCAL, "Local income tax withheld", localWithheld, state[3].signum() == 0
                    ? "none" : "regular " + money(state[3]) + " + supplemental "
                    + money(localWithheld.subtract(state[3])), "", localWithheld.signum() > 0);
            add(WithholdingResult.STATE_PAYROLL, "State payroll premiums withheld", liability.statePayroll(),
                    "withheld as owed", "", false);

            BigDecimal total = federalWithheld.add(fica).add(stateWithheld).add(localWithheld)
                    .add(liability.statePayroll());
            add(WithholdingResult.TOTAL, "Total withheld", total, "federal " + money(federalWithheld) + " + FICA "
                    + money(fica) + " + state " + money(stateWithheld) + " + local " + money(localWithheld)
                    + " + state payroll " + money(liability.statePayroll()), "", false);
            add(WithholdingResult.OWED, "Total owed", liability.totalTax(), "the year's tax on "
                    + money(tax.householdWages()) + " of wages (the take-home figures)", "", false);
            BigDecimal balance = liability.totalTax().subtract(total);
            add(WithholdingResult.BALANCE_DUE, "Balance due in April (− refund)", balance, "owed "
                    + money(liability.totalTax()) + " − withheld " + money(total), "", false);

            BigDecimal federalOwed = liability.federalIncomeTax().add(liability.additionalMedicare());
            BigDecimal federalPaid = federalWithheld.add(additional);
            BigDecimal federalBalance = federalOwed.subtract(federalPaid);
            add(WithholdingResult.FEDERAL_BALANCE_DUE, "Federal balance due", federalBalance, "federal income tax "
                    + money(liability.federalIncomeTax()) + " + Additional Medicare "
                    + money(liability.additionalMedicare()) + " − withheld " + money(federalPaid), "", false);
            // A work state's tax is state income tax owed too (WorkStateTax).
            BigDecimal stateOwed = liability.stateIncomeTax().add(liability.localIncomeTax())
                    .add(liability.workStateTax());
            BigDecimal stateBalance = stateOwed.subtract(stateWithheld).subtract(localWithheld);
            add(WithholdingResult.STATE_BALANCE_DUE, "State and local balance due", stateBalance, "state and local "
                    + "income tax " + money(stateOwed) + " − withheld " + money(stateWithheld.add(localWithheld)),
                    "", stateWithheld.signum() > 0);

            BigDecimal safeHarbor = safeHarbor(federalOwed);
            BigDecimal noPenaltyBelow = use(rules.safeHarbor(WithholdingTables.NO_PENALTY_BELOW));
            BigDecimal needed;
            String neededFormula;
            if (federalBalance.compareTo(noPenaltyBelow) < 0) {
                needed = BigDecimal.ZERO;
                neededFormula = "none: the federal balance due (" + money(federalBalance) + ") is under "
                        + money(noPenaltyBelow) + ", so there is no underpayment penalty";
            } else {
                needed = safeHarbor.subtract(federalPaid).max(BigDecimal.ZERO);
                neededFormula = "safe harbour " + money(safeHarbor) + " − federal withholding " + money(federalPaid)
                        + (needed.signum() == 0 ? ": withholding already covers it" : ", paid by the estimated-tax "
                        + "due dates (Form 1040-ES) or by raising withholding (W-4 Step 4(c))");
            }
            add(WithholdingResult.ESTIMATED_PAYMENTS, "Estimated payments to avoid a penalty", needed, neededFormula,
                    cite(rules.safeHarbor(WithholdingTables.NO_PENALTY_BELOW)), false);
            notes.add("The penalty rule (IRC §6654) counts withholding as paid evenly through the year; state "
                    + "estimated-tax rules are not modelled. An estimate, not tax advice.");
            notes.addAll(uncertain);

            return new WithholdingResult(liability, input, federalRegular, federalSupplemental, federalWithheld,
                    liability.socialSecurity(), liability.medicare(), additional, fica, stateRegular,
                    stateSupplemental, stateWithheld, localWithheld, liability.statePayroll(), total,
                    liability.totalTax(), balance, federalOwed, federalBalance, stateBalance, safeHarbor, needed,
                    lines, new ArrayList<>(notes));
        }

        /** Worksheet 1A: the table's tax on annual wages less line 1g (Pub. 15-T). */
        private BigDecimal tableWithholding(FilingStatus filing, BigDecimal annualWages) {
            BigDecimal adjusted = annualWages.subtract(use(rules.wageAdjustment().get(filing))).max(BigDecimal.ZERO);
            var table = rules.percentageMethod().get(filing);
            use(table.status(), table.note());
            return table.tax(adjusted);
        }

        private String tableFormula(FilingStatus filing, BigDecimal annualWages, BigDecimal withheld, String whose) {
            BigDecimal line1g = rules.wageAdjustment().get(filing).value();
            BigDecimal adjusted = annualWages.subtract(line1g).max(BigDecimal.ZERO);
            var table = rules.percentageMethod().get(filing);
            var row = table.bracketOf(adjusted);
            return money(withheld) + " on " + whose + ": " + money(annualWages) + " − " + money(line1g)
                    + " (line 1g) = " + money(adjusted) + " adjusted annual wages; the " + filing.label()
                    .toLowerCase(Locale.ROOT) + " table's row from " + money(row.from()) + " adds "
                    + percent(row.rate()) + " of the excess over it";
        }

        /** 22 % up to 1,000,000 of supplemental wages in the year, 37 % above (Treas. Reg. §31.3402(g)-1). */
        private BigDecimal supplementalWithholding(BigDecimal supplemental) {
            BigDecimal rate = use(rules.federal(WithholdingTables.SUPPLEMENTAL_RATE));
            BigDecimal high = use(rules.federal(WithholdingTables.SUPPLEMENTAL_HIGH_RATE));
            BigDecimal above = use(rules.federal(WithholdingTables.SUPPLEMENTAL_HIGH_RATE_ABOVE));
            BigDecimal low = supplemental.min(above);
            BigDecimal excess = over(supplemental, above);
            BigDecimal withheld = low.multiply(rate).add(excess.multiply(high));
            String formula = percent(rate) + " × " + money(low) + " supplemental wages (bonus, sign-on, RSU vests)"
                    + (excess.signum() > 0 ? " + " + percent(high) + " × " + money(excess) + " above "
                    + money(above) : "");
            add(WithholdingResult.FEDERAL_SUPPLEMENTAL, "Federal income tax withheld on supplemental pay", withheld,
                    formula, cite(rules.federal(WithholdingTables.SUPPLEMENTAL_RATE)), false);
            return withheld;
        }

        /**
         * State withholding: on regular pay the state's tax on regular pay alone (an assumption); on
         * supplemental pay the flat rate, or the state's marginal rate where it has none (an assumption).
         *
         * @return regular, supplemental, local total, local regular
         */
        private BigDecimal[] state(BigDecimal regular, BigDecimal regularTaxable, BigDecimal supplemental) {
            BigDecimal zero = BigDecimal.ZERO;
            String code = tax.state().name();
            var rule = rules.state(code);
            if (rule.isEmpty() || tax.state() == StateCode.OTHER) {
                add(WithholdingResult.STATE_REGULAR, "State income tax withheld on regular pay", zero,
                        "state tax not modelled", "", false);
                add(WithholdingResult.STATE_SUPPLEMENTAL, "State income tax withheld on supplemental pay", zero,
                        "state tax not modelled", "", false);
                return new BigDecimal[] {zero, zero, zero, zero};
            }
            StateWithholding state = rule.get();
            use(state.status(), state.note());
            if (!state.wageTax()) {
                add(WithholdingResult.STATE_REGULAR, "State income tax withheld on regular pay", zero,
                        tax.state().label() + " taxes no wages", cite(state.sourceId(), state.status(), ""), false);
                add(WithholdingResult.STATE_SUPPLEMENTAL, "State income tax withheld on supplemental pay", zero,
                        tax.state().label() + " taxes no wages", cite(state.sourceId(), state.status(), ""), false);
                return new BigDecimal[] {zero, zero, zero, zero};
            }
            TaxResult onRegular = input.supplementalWages().signum() == 0 ? liability
                    : TaxEngine.compute(tables, new TaxInput(regular, tax.filing(), tax.state(), tax.nycResident(),
                            tax.mdCountyRate(), regular.subtract(regularTaxable), tax.spouseWages())
                            .withWorkState(tax.workState()));
            BigDecimal stateRegular = onRegular.stateIncomeTax().add(onRegular.workStateTax());
            add(WithholdingResult.STATE_REGULAR, "State income tax withheld on regular pay", stateRegular,
                    "assumed equal to " + tax.state().label() + "'s tax on the regular pay alone ("
                            + money(tax.householdWages().subtract(input.supplementalWages())) + "): "
                            + money(stateRegular), "", true);
            notes.add("State withholding on regular pay is assumed to match the state's tax on that pay alone "
                    + "(assumption); state withholding tables differ in detail.");

            BigDecimal flat = state.rateOnBonusAndStock();
            BigDecimal stateSupplemental;
            if (flat != null) {
                stateSupplemental = supplemental.multiply(flat);
                add(WithholdingResult.STATE_SUPPLEMENTAL, "State income tax withheld on supplemental pay",
                        stateSupplemental, percent(flat) + " × " + money(supplemental) + " supplemental wages ("
                                + tax.state().label() + "'s flat supplemental rate"
                                + (state.bonusAndStockRate() != null ? " for bonuses and stock" : "") + ")",
                        cite(state.sourceId(), state.status(), state.note()), state.status() == FigureStatus.UNCERTAIN);
            } else {
                BigDecimal marginal = marginalRate(result -> result.stateIncomeTax().add(result.workStateTax()));
                stateSupplemental = supplemental.multiply(marginal);
                add(WithholdingResult.STATE_SUPPLEMENTAL, "State income tax withheld on supplemental pay",
                        stateSupplemental, percent(marginal) + " × " + money(supplemental) + " supplemental wages: "
                                + tax.state().label() + " sets no flat rate, so its marginal rate on the year's wages "
                                + "is assumed (the tax on " + money(MARGINAL_STEP) + " more wages ÷ "
                                + money(MARGINAL_STEP) + ")", cite(state.sourceId(), state.status(), state.note()),
                        true);
                notes.add(tax.state().label() + " sets no flat supplemental rate: bonus, sign-on and RSU pay are "
                        + "taken as withheld at the state's marginal rate on the year's wages (assumption).");
            }

            BigDecimal localRegular = onRegular.localIncomeTax();
            BigDecimal localSupplemental = zero;
            if (liability.localIncomeTax().signum() > 0 || localRegular.signum() > 0) {
                var nyc = tax.nycResident() ? rules.locality("nyc") : java.util.Optional.<Figure>empty();
                BigDecimal localRate = nyc.map(this::use).orElseGet(() -> marginalRate(TaxResult::localIncomeTax));
                localSupplemental = supplemental.multiply(localRate);
                notes.add("Local tax withheld on regular pay is assumed to match the local tax on that pay alone; on "
                        + "supplemental pay " + (nyc.isPresent() ? "New York City's flat rate of " + percent(localRate)
                        : "the local marginal rate of " + percent(localRate)) + " (assumption).");
            }
            return new BigDecimal[] {stateRegular, stateSupplemental, localRegular.add(localSupplemental),
                localRegular};
        }

        /** A rate from the tax on {@link #MARGINAL_STEP} more wages: the brackets, phase-outs and all. */
        private BigDecimal marginalRate(java.util.function.Function<TaxResult, BigDecimal> part) {
            TaxResult more = TaxEngine.compute(tables, tax.withWages(tax.wages().add(MARGINAL_STEP)));
            return part.apply(more).subtract(part.apply(liability)).max(BigDecimal.ZERO)
                    .divide(MARGINAL_STEP, MathContext.DECIMAL64).stripTrailingZeros();
        }

        /** Lesser of 90 % of this year's federal tax and 100 % (110 %) of last year's (IRC §6654(d)(1)(B)). */
        private BigDecimal safeHarbor(BigDecimal federalOwed) {
            Figure currentShare = rules.safeHarbor(WithholdingTables.CURRENT_YEAR_PERCENT);
            BigDecimal current = federalOwed.multiply(use(currentShare));
            String formula = percent(currentShare.value()) + " × this year's federal tax " + money(federalOwed) + " = "
                    + money(current);
            BigDecimal safeHarbor = current;
            if (input.priorYearTax() != null) {
                Figure priorShare = rules.safeHarbor(input.priorYearAgiOver150k()
                        ? WithholdingTables.PRIOR_YEAR_HIGH_AGI_PERCENT : WithholdingTables.PRIOR_YEAR_PERCENT);
                BigDecimal prior = input.priorYearTax().multiply(use(priorShare));
                formula = "lesser of " + formula + " and " + percent(priorShare.value()) + " × last year's tax "
                        + money(input.priorYearTax()) + " = " + money(prior) + (input.priorYearAgiOver150k()
                        ? " (last year's AGI above " + money(use(rules.safeHarbor(WithholdingTables.HIGH_AGI_THRESHOLD)))
                        + ")" : "");
                safeHarbor = current.min(prior);
            } else {
                formula += "; give last year's tax for the 100 % / 110 % route, often lower after a raise";
            }
            add(WithholdingResult.SAFE_HARBOR, "Safe harbour: federal tax to have paid", safeHarbor, formula,
                    cite(currentShare), false);
            return safeHarbor;
        }

        private void add(String key, String label, BigDecimal amount, String formula, String source,
                         boolean assumption) {
            lines.add(new WithholdingLine(key, label, amount, formula, source, assumption));
        }

        private String cite(Figure figure) {
            return cite(figure.sourceId(), figure.status(), figure.note());
        }

        private String cite(String sourceId, FigureStatus status, String note) {
            String why = note.endsWith(".") ? note.substring(0, note.length() - 1) : note;
            return rules.cite(sourceId) + " (" + status.id() + ")" + (why.isBlank() ? "" : ": " + why);
        }

        private BigDecimal use(Figure figure) {
            use(figure.status(), figure.note());
            return figure.value();
        }

        private void use(FigureStatus status, String note) {
            if (status == FigureStatus.UNCERTAIN) {
                uncertain.add("Uncertain withholding figure used: " + note);
            }
        }
    }

    private static BigDecimal over(BigDecimal amount, BigDecimal threshold) {
        return amount.subtract(threshold).max(BigDecimal.ZERO);
    }

    private static String money(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }

    private static String percent(BigDecimal rate) {
        // A measured marginal rate can have many digits: three decimals of a percent are enough to read.
        return rate.movePointRight(2).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + " %";
    }
}
