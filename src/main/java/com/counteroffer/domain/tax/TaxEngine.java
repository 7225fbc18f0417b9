package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The year's tax on wages: federal income tax, FICA, and the state and local taxes and payroll premiums of
 * the state of residence. Pure and exact; every figure comes from {@link TaxTables}.
 */
public final class TaxEngine {

    // Divisions that can repeat (rates, phase-in fractions) keep 34 digits; money is never rounded here.
    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private TaxEngine() {
    }

    /**
     * @throws IllegalArgumentException if a 401(k) deferral or the HSA contribution is above the year's limit
     *                                  ({@link AccountLimits})
     */
    public static TaxResult compute(TaxTables tables, TaxInput input) {
        AccountLimits.problem(tables, input).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.message());
        });
        return new Computation(tables, input).run();
    }

    /** The state income tax {@code input}'s state charges a resident, for {@link WorkStateTax}. */
    static WorkStateTax.AsResident stateIncomeTaxAsResident(TaxTables tables, TaxInput input) {
        Computation computation = new Computation(tables, input);
        computation.run();
        return computation.asResident;
    }

    /**
     * The locality the input names, from its state's tables.
     *
     * @throws IllegalArgumentException naming the localities the state's tables list
     */
    public static Locality locality(TaxTables tables, TaxInput input) {
        Jurisdiction state = input.state().jurisdiction().map(tables::get).orElse(null);
        List<Locality> known = state == null ? List.of() : state.localities();
        return known.stream().filter(locality -> locality.id().equals(input.locality())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no locality \"" + input.locality() + "\" in "
                        + input.state().label() + (known.isEmpty() ? "; its tables list no local income taxes"
                        : "; use one of " + known.stream().map(Locality::id).collect(Collectors.joining(", ")))));
    }

    /**
     * New York's supplemental tax (Tax Law §601(d-4)) as reference-data.md §4 states it: above NY AGI
     * 107,650 the recapture base of TI's step plus a phased-in share of its incremental benefit, the share
     * growing over 50,000 of AGI above the larger of TI's bracket floor and 107,650; above AGI 25,000,000 the
     * whole income at the top rate instead.
     */
    static BigDecimal newYorkSupplementalTax(Jurisdiction ny, FilingStatus filing, BigDecimal taxableIncome,
                                             BigDecimal agi) {
        BigDecimal threshold = ny.figure("supplemental_agi_threshold").value();
        if (agi.compareTo(threshold) <= 0) {
            return BigDecimal.ZERO;
        }
        Schedule schedule = ny.schedule(filing);
        if (agi.compareTo(ny.figure("supplemental_flat_agi_threshold").value()) > 0) {
            BigDecimal flat = taxableIncome.multiply(ny.figure("supplemental_flat_rate").value());
            return flat.subtract(schedule.tax(taxableIncome)).max(BigDecimal.ZERO);
        }
        RecaptureStep step = ny.supplementalTax().stepFor(ny.tablesFor(filing), taxableIncome);
        return step.recaptureBase().add(
                newYorkPhaseIn(ny, filing, taxableIncome, agi).multiply(step.incrementalBenefit()));
    }

    /** The share of the incremental benefit recaptured so far: min(1, max(0, AGI − max(prev, 107,650)) ÷ 50,000). */
    static BigDecimal newYorkPhaseIn(Jurisdiction ny, FilingStatus filing, BigDecimal taxableIncome, BigDecimal agi) {
        BigDecimal start = ny.schedule(filing).bracketOf(taxableIncome).from()
                .max(ny.figure("supplemental_agi_threshold").value());
        BigDecimal width = ny.figure("supplemental_phase_in_width").value();
        BigDecimal fraction = agi.subtract(start).max(BigDecimal.ZERO).divide(width, DIVISION);
        return fraction.min(BigDecimal.ONE).stripTrailingZeros();
    }

    /**
     * Maryland's amount per personal exemption (Tax-General §10-211(b), (c)): the full amount up to the start
     * (100,000 single; 150,000 joint, head of household), then the first and second reduced amounts for the
     * next two 25,000 bands of federal AGI, each band's top included, then none.
     */
    static BigDecimal marylandExemptionPerPerson(Jurisdiction md, FilingStatus filing, BigDecimal federalAgi) {
        // §10-211(c)(2) names joint filers and heads of household; everyone else is under (c)(1).
        String start = filing == FilingStatus.SINGLE ? "personal_exemption_phaseout_start_single"
                : "personal_exemption_phaseout_start_joint";
        BigDecimal over = federalAgi.subtract(md.figure(start).value());
        if (over.signum() <= 0) {
            return md.figure("personal_exemption").value();
        }
        BigDecimal bands = over.divide(md.figure("personal_exemption_phaseout_step").value(), 0, RoundingMode.CEILING);
        if (bands.compareTo(BigDecimal.ONE) == 0) {
            return md.figure("personal_exemption_first_step").value();
        }
        if (bands.compareTo(BigDecimal.valueOf(2)) == 0) {
            return md.figure("personal_exemption_second_step").value();
        }
        return BigDecimal.ZERO;
    }

    /**
     * New York City's school tax credit (IT-201 lines 69 and 69a), before it is set against the city tax: the
     * fixed amount when income (federal AGI here) is at most 250,000, plus the rate reduction amount when city
     * taxable income is at most 500,000 — 0.171 % up to the filing status's step, 0.228 % above it.
     */
    static BigDecimal nycSchoolTaxCreditFixed(Jurisdiction nyc, FilingStatus filing, BigDecimal federalAgi) {
        if (federalAgi.compareTo(nyc.figure("school_credit_fixed_income_limit").value()) > 0) {
            return BigDecimal.ZERO;
        }
        return nyc.figure(filing == FilingStatus.MARRIED_JOINT ? "school_credit_fixed_joint"
                : "school_credit_fixed_single").value();
    }

    /** Line 69a's rate reduction amount on city taxable income; 0 above 500,000. */
    static BigDecimal nycSchoolTaxCreditRateReduction(Jurisdiction nyc, FilingStatus filing, BigDecimal taxable) {
        if (taxable.compareTo(nyc.figure("school_credit_rate_reduction_income_limit").value()) > 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal step = nycRateReductionStep(nyc, filing);
        BigDecimal low = nyc.figure("school_credit_rate_reduction_low_rate").value();
        BigDecimal high = nyc.figure("school_credit_rate_reduction_high_rate").value();
        return taxable.min(step).multiply(low).add(taxable.subtract(step).max(BigDecimal.ZERO).multiply(high));
    }

    private static BigDecimal nycRateReductionStep(Jurisdiction nyc, FilingStatus filing) {
        String key = switch (filing) {
            case SINGLE -> "school_credit_rate_reduction_step_single";
            case MARRIED_JOINT -> "school_credit_rate_reduction_step_joint";
            case HEAD_OF_HOUSEHOLD -> "school_credit_rate_reduction_step_head_of_household";
        };
        return nyc.figure(key).value();
    }

    static String dollars(BigDecimal amount) {
        return Money.format(amount);
    }

    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** One computation's running totals. */
    private static final class Computation implements TaxLedger {

        private final TaxTables tables;
        private final TaxInput input;
        private final BigDecimal wages;
        /** Each earner's wages: the user's, then the spouse's when there is one; caps apply to each. */
        private final List<BigDecimal> earners;
        /** The same less the payroll HSA contribution (IRC §3121(a)(2)(B) via §125): Social Security wages. */
        private final List<BigDecimal> ficaEarners;
        private final BigDecimal householdWages;
        /** Both earners' wages less the payroll HSA contribution: Medicare wages. */
        private final BigDecimal medicareWages;
        /**
         * Both earners' wages less the pre-tax deferral and the payroll HSA contribution: federal AGI and the
         * income-tax wages of every state here but California, which adds the HSA contribution back.
         */
        private final BigDecimal incomeWages;
        private final List<BracketShare> brackets = new ArrayList<>();
        private final List<TaxLine> components = new ArrayList<>();
        private final List<TaxLine> payrollLines = new ArrayList<>();
        /** Every premium the state methods charge, applied or not: a work state's are taken from here. */
        private final List<WorkStateTax.Premium> premiums = new ArrayList<>();
        private final Set<String> notes = new LinkedHashSet<>();
        private final Set<String> uncertainNotes = new LinkedHashSet<>();
        private BigDecimal marginal = BigDecimal.ZERO;
        private BigDecimal stateTaxableIncome;
        private BigDecimal stateIncomeTax = BigDecimal.ZERO;
        private BigDecimal localIncomeTax = BigDecimal.ZERO;
        private BigDecimal statePayroll = BigDecimal.ZERO;
        /** The rate on the next dollar from payroll premiums, told apart from the state's income tax rate. */
        private BigDecimal payrollRate = BigDecimal.ZERO;
        /** The rate on the next dollar from city and county taxes the state methods compute (NYC, Maryland's). */
        private BigDecimal localRate = BigDecimal.ZERO;
        private BigDecimal workStateTax = BigDecimal.ZERO;
        /** The state part alone, kept for a work state's nonresident tax (see WorkStateTax). */
        private WorkStateTax.AsResident asResident;

        Computation(TaxTables tables, TaxInput input) {
            this.tables = tables;
            this.input = input;
            this.wages = input.wages();
            this.earners = input.spouseWages().signum() > 0 ? List.of(wages, input.spouseWages()) : List.of(wages);
            BigDecimal hsa = input.hsa();
            this.ficaEarners = input.spouseWages().signum() > 0
                    ? List.of(wages.subtract(hsa), input.spouseWages()) : List.of(wages.subtract(hsa));
            this.householdWages = input.householdWages();
            this.medicareWages = householdWages.subtract(hsa);
            this.incomeWages = householdWages.subtract(input.k401Deferral()).subtract(hsa);
        }

        TaxResult run() {
            notes.add("Annual tax liability for " + tables.taxYear() + " on wages alone (base, bonus, sign-on and "
                    + "vesting RSUs), not paycheck withholding.");
            notes.add("Federal deduction: the larger of the standard deduction and itemized state and local taxes "
                    + "(SALT, capped); no other itemized deductions (mortgage interest, gifts) and no credits other "
                    + "than those named here.");
            notes.add("An estimate to compare offers, not tax advice.");
            if (input.state() != StateCode.OTHER && input.workState() == null) {
                notes.add("State and city taxes follow the state of residence, not the office's location.");
            }
            if (input.spouseWages().signum() > 0) {
                notes.add("Married filing jointly with a second earner (" + dollars(input.spouseWages()) + "): income "
                        + "tax is on both earners' wages; each has their own Social Security wage base and payroll-"
                        + "premium caps. Net is both earners' wages minus tax; the marginal rate is on the first "
                        + "earner's next dollar.");
            } else if (input.filing() == FilingStatus.MARRIED_JOINT) {
                notes.add("Married filing jointly: these wages are taken as the household's only income; a spouse's "
                        + "pay would change the brackets and the additional Medicare threshold.");
            }
            if (input.k401Deferral().signum() > 0) {
                notes.add("The 401(k) deferral of " + dollars(input.k401Deferral()) + " lowers income-tax wages, not "
                        + "Social Security or Medicare wages. Net is wages minus tax; take-home after deferral also "
                        + "subtracts the deferral.");
            }
            accountNotes();
            Jurisdiction federal = tables.get(JurisdictionId.FEDERAL);
            Schedule federalSchedule = federal.schedule(input.filing());
            BigDecimal standardDeduction = use(federal, federal.figure("standard_deduction", input.filing()));
            // Itemizing needs the state and local tax first, so the states see the federal figures with the
            // standard deduction (taxable income, tax and rate); the SALT step below says so where it matters.
            BigDecimal standardTaxable = taxable(incomeWages.subtract(standardDeduction));
            BigDecimal standardFederalTax = federalSchedule.tax(standardTaxable);
            BigDecimal standardFederalRate = incomeWages.compareTo(standardDeduction) >= 0
                    ? federalSchedule.bracketOf(standardTaxable).rate() : BigDecimal.ZERO;

            Jurisdiction fica = tables.get(JurisdictionId.FICA);
            BigDecimal base = use(fica, fica.figure("social_security_wage_base"));
            // Each earner's Social Security stops at their own wage base (42 U.S.C. §430; IRC §3121(a)(1)).
            BigDecimal socialSecurityRate = use(fica, fica.figure("social_security_rate"));
            BigDecimal socialSecurity = ficaEarners.stream().map(earner -> earner.min(base).multiply(socialSecurityRate))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (ficaEarners.get(0).compareTo(base) < 0) {
                marginal = marginal.add(fica.figure("social_security_rate").value());
            }
            BigDecimal medicareRate = use(fica, fica.figure("medicare_rate"));
            BigDecimal medicare = medicareWages.multiply(medicareRate);
            marginal = marginal.add(medicareRate);
            BigDecimal threshold = use(fica, fica.figure("additional_medicare_threshold", input.filing()));
            BigDecimal additionalRate = use(fica, fica.figure("additional_medicare_rate"));
            // The joint threshold applies to the couple's combined wages (Form 8959).
            BigDecimal additionalMedicare = medicareWages.subtract(threshold).max(BigDecimal.ZERO)
                    .multiply(additionalRate);
            if (medicareWages.compareTo(threshold) >= 0) {
                marginal = marginal.add(additionalRate);
            }

            BigDecimal beforeState = marginal;
            int bracketsBefore = brackets.size();
            int linesBefore = components.size();
            List<String> notesBefore = List.copyOf(notes);
            switch (input.state()) {
                case CA -> california();
                case NY -> newYork();
                case VA -> virginia();
                case DC -> districtOfColumbia();
                case MD -> maryland();
                case WA -> washington();
                case TX -> texas();
                case OTHER -> notes.add("Outside the 50 states and the District of Columbia: only federal income tax, "
                        + "Social Security and Medicare are included.");
                default -> {
                    GenericStateTax.Outcome state = GenericStateTax.compute(this, input.state().jurisdiction()
                            .orElseThrow(), new GenericStateTax.Context(input, earners, incomeWages, standardTaxable,
                            standardFederalTax, standardFederalRate, input.hsa()));
                    stateTaxableIncome = state.taxableIncome();
                    stateIncomeTax = state.incomeTax();
                }
            }
            BigDecimal stateRate = marginal.subtract(beforeState).subtract(payrollRate).subtract(localRate);
            List<String> stateNotes = new ArrayList<>(notes);
            stateNotes.removeAll(notesBefore);
            stateNotes.addAll(uncertainNotes);
            asResident = new WorkStateTax.AsResident(stateIncomeTax, stateRate,
                    List.copyOf(brackets.subList(bracketsBefore, brackets.size())), components.subList(linesBefore,
                    components.size()).stream().filter(line -> !payrollLines.contains(line)).toList(), stateNotes,
                    premiums);
            if (input.locality() != null) {
                Jurisdiction state = tables.get(input.state().jurisdiction().orElseThrow());
                localIncomeTax = localIncomeTax.add(LocalityTax.compute(this, state, locality(tables, input), input,
                        incomeWages, householdWages, stateTaxableIncome == null ? BigDecimal.ZERO : stateTaxableIncome, stateIncomeTax,
                        marginal.subtract(beforeState)));
            }
            if (input.workState() != null) {
                WorkStateTax.Outcome work = WorkStateTax.compute(this, tables, input, incomeWages, stateIncomeTax,
                        stateRate);
                workStateTax = work.tax();
                stateIncomeTax = stateIncomeTax.subtract(work.credit());
            }
            BigDecimal stateAndLocalIncomeRate = marginal.subtract(beforeState).subtract(payrollRate);

            FederalDeduction deduction = federalDeduction(federal, standardDeduction);
            BigDecimal federalTaxable = taxable(incomeWages.subtract(deduction.amount()));
            boolean federalNextDollarTaxed = incomeWages.compareTo(deduction.amount()) >= 0;
            int stateBrackets = brackets.size();
            BigDecimal federalTax = bracketTax(federal, federalTaxable, federalNextDollarTaxed);
            federalBracketsFirst(stateBrackets);
            if (deduction.itemized() && federalNextDollarTaxed) {
                saltMarginal(federal, deduction, federalSchedule.bracketOf(federalTaxable).rate(),
                        stateAndLocalIncomeRate);
            }
            notes.addAll(uncertainNotes);

            BigDecimal total = federalTax.add(socialSecurity).add(medicare).add(additionalMedicare)
                    .add(stateIncomeTax).add(localIncomeTax).add(statePayroll).add(workStateTax);
            BigDecimal net = householdWages.subtract(total);
            BigDecimal effective = householdWages.signum() == 0 ? BigDecimal.ZERO
                    : total.divide(householdWages, DIVISION).stripTrailingZeros();
            return new TaxResult(input, federalTaxable, stateTaxableIncome, federalTax, socialSecurity, medicare,
                    additionalMedicare, stateIncomeTax, localIncomeTax, statePayroll, total, net,
                    net.subtract(input.accountContributions()), effective, marginal.stripTrailingZeros(), brackets,
                    components, new ArrayList<>(notes), workStateTax, deduction);
        }

        /**
         * The larger of the standard deduction and the itemized state and local taxes (IRC §164(b)(6)): state and
         * local income tax plus property tax, up to the cap of §164(b)(7) at this AGI (modified AGI is AGI here).
         */
        private FederalDeduction federalDeduction(Jurisdiction federal, BigDecimal standard) {
            // The work state's nonresident tax is a state income tax paid too (IRC §164(a)(3)).
            BigDecimal incomeTaxes = stateIncomeTax.add(localIncomeTax).add(workStateTax).max(BigDecimal.ZERO);
            BigDecimal taxes = incomeTaxes.add(input.propertyTax());
            BigDecimal cap = saltCap(federal, incomeWages);
            BigDecimal itemized = taxes.min(cap);
            boolean itemize = itemized.compareTo(standard) > 0;
            FederalDeduction deduction = new FederalDeduction(itemize, itemize ? itemized : standard, standard, taxes,
                    cap);
            String parts = "state and local income tax " + dollars(incomeTaxes)
                    + (input.propertyTax().signum() > 0 ? " + property tax " + dollars(input.propertyTax()) : "");
            String capText = deduction.capped() ? ", capped at " + dollars(cap) + " (IRC §164(b)(7)"
                    + (cap.compareTo(use(federal, federal.figure("salt_cap"))) < 0 ? ", reduced by "
                            + percent(federal.figure("salt_phaseout_rate").value()) + " of AGI above "
                            + dollars(federal.figure("salt_phaseout_threshold").value()) : "") + ")" : "";
            if (itemize) {
                notes.add("Itemized deduction used: state and local taxes of " + dollars(itemized) + " (" + parts
                        + capText + ") are more than the standard deduction of " + dollars(standard) + ".");
                stateBeforeItemizingNotes();
            } else if (taxes.signum() > 0) {
                notes.add("Standard deduction of " + dollars(standard) + " used: itemizing would give "
                        + dollars(itemized) + " (" + parts + capText + ").");
            }
            return deduction;
        }

        /** 40,400 in 2026, less 30 % of modified AGI above 505,000, but not below 10,000. */
        private BigDecimal saltCap(Jurisdiction federal, BigDecimal magi) {
            BigDecimal cap = use(federal, federal.figure("salt_cap"));
            BigDecimal over = magi.subtract(use(federal, federal.figure("salt_phaseout_threshold")));
            if (over.signum() <= 0) {
                return cap;
            }
            BigDecimal reduced = cap.subtract(over.multiply(use(federal, federal.figure("salt_phaseout_rate"))));
            return reduced.max(use(federal, federal.figure("salt_floor")));
        }

        /**
         * Itemizing and the next dollar: below the cap it raises the deductible state and local income tax, which
         * saves federal tax at the federal rate; in the cap's phase-down it shrinks the cap by 30 cents.
         */
        private void saltMarginal(Jurisdiction federal, FederalDeduction deduction, BigDecimal federalRate,
                                  BigDecimal stateAndLocalIncomeRate) {
            if (!deduction.capped()) {
                marginal = marginal.subtract(federalRate.multiply(stateAndLocalIncomeRate));
            } else if (incomeWages.compareTo(federal.figure("salt_phaseout_threshold").value()) >= 0
                    && deduction.cap().compareTo(federal.figure("salt_floor").value()) > 0) {
                marginal = marginal.add(federalRate.multiply(federal.figure("salt_phaseout_rate").value()));
            }
        }

        /** Where the state's tax was worked out from federal figures with the standard deduction, say so. */
        private void stateBeforeItemizingNotes() {
            IncomeTaxLevy levy = input.state().jurisdiction().map(tables::get).map(Jurisdiction::incomeTax)
                    .orElse(null);
            if (levy == null || !levy.levied()) {
                return;
            }
            String state = input.state().label();
            if (levy.startsFrom() == IncomeBase.FEDERAL_TAXABLE_INCOME) {
                notes.add(state + " starts from federal taxable income: the one with the standard deduction is used, "
                        + "since itemizing needs " + state + "'s tax first (assumption).");
            }
            if (levy.federalTaxDeductible()) {
                notes.add(state + "'s deduction of federal income tax uses the federal tax before itemizing, since "
                        + "itemizing needs " + state + "'s tax first (assumption).");
            }
        }

        /** The federal brackets were worked out after the state's: put them first, as the result promises. */
        private void federalBracketsFirst(int stateBrackets) {
            List<BracketShare> federalShares = new ArrayList<>(brackets.subList(stateBrackets, brackets.size()));
            brackets.subList(stateBrackets, brackets.size()).clear();
            brackets.addAll(0, federalShares);
        }

        /** What the Roth deferral, catch-up and HSA contribution do, in words. */
        private void accountNotes() {
            if (input.roth401k().signum() > 0) {
                notes.add("The Roth 401(k) deferral of " + dollars(input.roth401k()) + " is taxed as wages; with the "
                        + "pre-tax deferral it counts toward the " + dollars(tables.electiveDeferralLimit())
                        + " elective-deferral limit. Take-home after deferral subtracts it.");
            }
            BigDecimal catchUp = AccountLimits.catchUp(tables, input.age());
            if (input.electiveDeferrals().compareTo(tables.electiveDeferralLimit()) > 0) {
                notes.add("Deferrals above " + dollars(tables.electiveDeferralLimit()) + " use the catch-up of "
                        + dollars(catchUp) + " allowed at age " + input.age() + " (IRC §414(v); SECURE 2.0 §109 from "
                        + "60 to 63)." + (AccountLimits.catchUpMustBeRoth(tables, input)
                                ? " With wages above the SECURE 2.0 §603 threshold the catch-up must be Roth; this "
                                        + "year's wages stand in for last year's FICA wages (assumption)." : ""));
            }
            if (input.hsa().signum() > 0) {
                notes.add("The payroll HSA contribution of " + dollars(input.hsa()) + " (" + input.hsaCoverage().label()
                        .toLowerCase(Locale.ROOT) + " coverage) lowers income-tax wages and Social Security and "
                        + "Medicare wages (a cafeteria plan, IRC §125 and §3121(a)(2)(B)); state payroll premiums "
                        + "are taken on wages before it (assumption). Take-home after deferral subtracts it.");
            }
        }

        private void california() {
            Jurisdiction ca = stateTables(JurisdictionId.CA);
            FilingStatus filing = input.filing();
            BigDecimal deduction = use(ca, ca.figure("standard_deduction", filing));
            // California does not follow IRC §223: the payroll HSA contribution stays in its wages (Schedule CA).
            BigDecimal caWages = incomeWages.add(input.hsa());
            if (input.hsa().signum() > 0) {
                notes.add("California taxes the HSA contribution: it is added back to California wages "
                        + "(Schedule CA (540); FTB Publication 1005).");
            }
            BigDecimal taxable = taxable(caWages.subtract(deduction));
            stateTaxableIncome = taxable;
            BigDecimal scheduleTax = bracketTax(ca, taxable, caWages.compareTo(deduction) >= 0);

            // R&TC §17054: each exemption's credit falls by 6 for every 2,500 (or part) of federal AGI above the start.
            BigDecimal exemptions = use(ca, ca.figure("exemptions", filing));
            BigDecimal perExemption = use(ca, ca.figure("exemption_credit"));
            BigDecimal reduction = use(ca, ca.figure("exemption_credit_reduction"));
            BigDecimal step = use(ca, ca.figure("exemption_credit_reduction_step"));
            BigDecimal over = incomeWages.subtract(use(ca, ca.figure("exemption_credit_phaseout_start", filing)));
            BigDecimal steps = over.signum() > 0 ? over.divide(step, 0, RoundingMode.CEILING) : BigDecimal.ZERO;
            BigDecimal each = perExemption.subtract(reduction.multiply(steps)).max(BigDecimal.ZERO);
            BigDecimal credit = exemptions.multiply(each).min(scheduleTax);
            if (over.signum() >= 0 && each.signum() > 0) {
                marginal = marginal.add(exemptions.multiply(reduction).divide(step, DIVISION));
            }
            if (credit.signum() > 0) {
                components.add(new TaxLine(ca.id().label(), "Personal exemption credit", credit.negate()));
            }

            BigDecimal mentalHealthThreshold = use(ca, ca.figure("mental_health_threshold"));
            BigDecimal mentalHealthRate = use(ca, ca.figure("mental_health_rate"));
            BigDecimal mentalHealthBase = taxable.subtract(mentalHealthThreshold).max(BigDecimal.ZERO);
            BigDecimal mentalHealth = mentalHealthBase.multiply(mentalHealthRate);
            if (mentalHealthBase.signum() > 0) {
                brackets.add(new BracketShare(ca.id().label() + " mental health services tax", mentalHealthRate,
                        mentalHealthThreshold, null, mentalHealthBase, mentalHealth));
            }
            if (taxable.compareTo(mentalHealthThreshold) >= 0) {
                marginal = marginal.add(mentalHealthRate);
            }
            stateIncomeTax = scheduleTax.subtract(credit).add(mentalHealth);

            BigDecimal sdiRate = use(ca, ca.figure("sdi_rate"));
            payroll(ca, "State disability insurance (SDI), " + percent(sdiRate) + " of all wages",
                    householdWages.multiply(sdiRate), sdiRate);
        }

        private void newYork() {
            Jurisdiction ny = stateTables(JurisdictionId.NY);
            FilingStatus filing = input.filing();
            BigDecimal deduction = use(ny, ny.figure("standard_deduction", filing));
            BigDecimal taxable = taxable(incomeWages.subtract(deduction));
            stateTaxableIncome = taxable;
            BigDecimal agi = incomeWages;
            boolean flat = agi.compareTo(use(ny, ny.figure("supplemental_flat_agi_threshold"))) > 0;
            BigDecimal scheduleTax = bracketTax(ny, taxable, !flat && incomeWages.compareTo(deduction) >= 0);
            use(ny, ny.supplementalTax().status(), ny.supplementalTax().note());
            BigDecimal supplemental = newYorkSupplementalTax(ny, filing, taxable, agi);
            if (flat) {
                marginal = marginal.add(ny.figure("supplemental_flat_rate").value());
            } else if (agi.compareTo(ny.figure("supplemental_agi_threshold").value()) >= 0) {
                BigDecimal phaseIn = newYorkPhaseIn(ny, filing, taxable, agi);
                if (phaseIn.compareTo(BigDecimal.ONE) < 0) {
                    BigDecimal benefit = ny.supplementalTax().stepFor(ny.tablesFor(filing), taxable).incrementalBenefit();
                    marginal = marginal.add(benefit.divide(ny.figure("supplemental_phase_in_width").value(), DIVISION));
                }
            }
            if (supplemental.signum() > 0) {
                components.add(new TaxLine(ny.id().label(), flat
                        ? "Supplemental tax: all taxable income at the top rate (NY AGI above "
                                + dollars(ny.figure("supplemental_flat_agi_threshold").value()) + ")"
                        : "Supplemental tax: recapture of the lower brackets' benefit", supplemental));
            }
            stateIncomeTax = scheduleTax.add(supplemental);

            BigDecimal pflRate = use(ny, ny.figure("pfl_rate"));
            BigDecimal pflMax = use(ny, ny.figure("pfl_max"));
            payroll(ny, "Paid family leave, " + percent(pflRate) + " of wages up to " + dollars(pflMax),
                    perEarner(earner -> earner.multiply(pflRate).min(pflMax)),
                    wages.multiply(pflRate).compareTo(pflMax) < 0 ? pflRate : null);
            BigDecimal disabilityRate = use(ny, ny.figure("disability_rate"));
            BigDecimal disabilityMax = use(ny, ny.figure("disability_max"));
            payroll(ny, "Disability insurance, " + percent(disabilityRate) + " of wages up to " + dollars(disabilityMax),
                    perEarner(earner -> earner.multiply(disabilityRate).min(disabilityMax)),
                    wages.multiply(disabilityRate).compareTo(disabilityMax) < 0 ? disabilityRate : null);

            if (input.nycResident()) {
                BigDecimal beforeCity = marginal;
                Jurisdiction nyc = stateTables(JurisdictionId.NYC);
                // The city taxes residents on New York State taxable income.
                boolean nextDollarTaxed = incomeWages.compareTo(deduction) >= 0;
                BigDecimal cityTax = bracketTax(nyc, taxable, nextDollarTaxed);
                localIncomeTax = cityTax.subtract(nycSchoolTaxCredit(nyc, taxable, nextDollarTaxed, cityTax));
                localRate = marginal.subtract(beforeCity);
            }
        }

        /**
         * The school tax credit set against the city tax (it is refundable on the return; the excess over the
         * city tax, possible only at the lowest incomes, is left out: an assumption the file notes).
         */
        private BigDecimal nycSchoolTaxCredit(Jurisdiction nyc, BigDecimal taxable, boolean nextDollarTaxed,
                                              BigDecimal cityTax) {
            FilingStatus filing = input.filing();
            BigDecimal fixed = nycSchoolTaxCreditFixed(nyc, filing, incomeWages);
            BigDecimal rateReduction = nycSchoolTaxCreditRateReduction(nyc, filing, taxable);
            BigDecimal allowedFixed = fixed.min(cityTax);
            BigDecimal allowedRate = rateReduction.min(cityTax.subtract(allowedFixed));
            if (allowedFixed.signum() > 0) {
                components.add(new TaxLine(nyc.id().label(), "School tax credit, fixed amount (IT-201 line 69)",
                        allowedFixed.negate()));
            }
            if (allowedRate.signum() > 0) {
                components.add(new TaxLine(nyc.id().label(), "School tax credit, rate reduction amount "
                        + "(IT-201 line 69a)", allowedRate.negate()));
            }
            BigDecimal limit = nyc.figure("school_credit_rate_reduction_income_limit").value();
            if (nextDollarTaxed && taxable.compareTo(limit) < 0 && allowedRate.compareTo(rateReduction) == 0) {
                BigDecimal step = nycRateReductionStep(nyc, filing);
                marginal = marginal.subtract(nyc.figure(taxable.compareTo(step) < 0
                        ? "school_credit_rate_reduction_low_rate" : "school_credit_rate_reduction_high_rate").value());
            }
            return allowedFixed.add(allowedRate);
        }

        private void virginia() {
            Jurisdiction va = stateTables(JurisdictionId.VA);
            BigDecimal exemptions = use(va, va.figure("exemptions", input.filing()))
                    .multiply(use(va, va.figure("personal_exemption")));
            BigDecimal beforeFloor = incomeWages.subtract(use(va, va.figure("standard_deduction", input.filing())))
                    .subtract(exemptions);
            stateTaxableIncome = taxable(beforeFloor);
            stateIncomeTax = bracketTax(va, stateTaxableIncome, beforeFloor.signum() >= 0);
        }

        private void districtOfColumbia() {
            Jurisdiction dc = stateTables(JurisdictionId.DC);
            BigDecimal beforeFloor = incomeWages.subtract(use(dc, dc.figure("standard_deduction", input.filing())));
            stateTaxableIncome = taxable(beforeFloor);
            stateIncomeTax = bracketTax(dc, stateTaxableIncome, beforeFloor.signum() >= 0);
        }

        private void maryland() {
            Jurisdiction md = stateTables(JurisdictionId.MD);
            BigDecimal count = use(md, md.figure("exemptions", input.filing()));
            BigDecimal perExemption = marylandExemptionPerPerson(md, input.filing(), incomeWages);
            BigDecimal exemption = count.multiply(perExemption);
            if (perExemption.compareTo(md.figure("personal_exemption").value()) < 0) {
                notes.add("Maryland personal exemption reduced to " + dollars(perExemption) + " per exemption at "
                        + "federal AGI " + dollars(incomeWages) + " (Tax-General §10-211(c)).");
            }
            BigDecimal beforeFloor = incomeWages.subtract(use(md, md.figure("standard_deduction", input.filing())))
                    .subtract(exemption);
            BigDecimal taxable = taxable(beforeFloor);
            stateTaxableIncome = taxable;
            stateIncomeTax = bracketTax(md, taxable, beforeFloor.signum() >= 0);

            BigDecimal countyRate = input.mdCountyRate();
            if (countyRate == null) {
                countyRate = use(md, md.figure("default_county_rate"));
                notes.add("Maryland county tax at the default " + percent(countyRate) + " (" + md.figure(
                        "default_county_rate").note() + "); counties charge 2.25–3.3 %: give yours for a closer figure.");
            }
            localIncomeTax = taxable.multiply(countyRate);
            brackets.add(new BracketShare("Maryland county", countyRate, BigDecimal.ZERO, null, taxable, localIncomeTax));
            if (beforeFloor.signum() >= 0) {
                marginal = marginal.add(countyRate);
                localRate = countyRate;
            }
        }

        private void washington() {
            Jurisdiction wa = stateTables(JurisdictionId.WA);
            notes.add("Washington has no wage income tax" + (input.workState() == null
                    ? "; its employee payroll premiums are included." : "."));
            if (input.workState() != null) {
                return; // the job's state's premiums apply instead (WorkStateTax)
            }
            BigDecimal caresRate = use(wa, wa.figure("wa_cares_rate"));
            payroll(wa, "WA Cares, " + percent(caresRate) + " of wages", householdWages.multiply(caresRate), caresRate);
            BigDecimal pfmlRate = use(wa, wa.figure("pfml_rate"));
            BigDecimal cap = use(wa, wa.figure("pfml_wage_cap"));
            payroll(wa, "Paid family and medical leave, " + percent(pfmlRate) + " of wages up to " + dollars(cap),
                    perEarner(earner -> earner.min(cap).multiply(pfmlRate)), wages.compareTo(cap) < 0 ? pfmlRate : null);
        }

        private void texas() {
            stateTables(JurisdictionId.TX);
            notes.add("Texas has no wage income tax.");
        }

        /** A state's (or city's) tables, saying when an older schedule or the single schedule stands in. */
        @Override
        public Jurisdiction stateTables(JurisdictionId id) {
            Jurisdiction jurisdiction = tables.get(id);
            if (!jurisdiction.label().isEmpty()) {
                notes.add(jurisdiction.id().label() + ": " + jurisdiction.label() + ".");
            }
            if (jurisdiction.incomeTax() != null) {
                use(jurisdiction, jurisdiction.incomeTax().status(), jurisdiction.incomeTax().note());
            }
            boolean hasFilingTables = !jurisdiction.schedules().isEmpty() || !jurisdiction.byFiling().isEmpty();
            if (hasFilingTables && input.filing() == FilingStatus.HEAD_OF_HOUSEHOLD
                    && !jurisdiction.covers(FilingStatus.HEAD_OF_HOUSEHOLD)) {
                notes.add(jurisdiction.id().label() + ": no head-of-household figures in these tables; the single "
                        + "schedule and figures are used (assumption).");
            }
            return jurisdiction;
        }

        private static BigDecimal taxable(BigDecimal beforeFloor) {
            return beforeFloor.max(BigDecimal.ZERO);
        }

        /**
         * The schedule tax on {@code taxable}, its brackets added to the breakdown, and its rate to the marginal
         * rate when the next dollar of wages is taxable.
         */
        @Override
        public BigDecimal bracketTax(Jurisdiction jurisdiction, BigDecimal taxable, boolean nextDollarTaxed) {
            Schedule schedule = jurisdiction.schedule(input.filing());
            use(jurisdiction, schedule.status(), schedule.note());
            List<BracketShare> shares = schedule.shares(jurisdiction.id().label(), taxable);
            brackets.addAll(shares);
            if (nextDollarTaxed) {
                marginal = marginal.add(schedule.bracketOf(taxable).rate());
            }
            return shares.stream().map(BracketShare::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @Override
        public BigDecimal scheduleTax(String label, Schedule schedule, BigDecimal base) {
            List<BracketShare> shares = schedule.shares(label, base);
            brackets.addAll(shares);
            return shares.stream().map(BracketShare::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @Override
        public void line(TaxLine line) {
            components.add(line);
        }

        @Override
        public void bracket(BracketShare share) {
            brackets.add(share);
        }

        @Override
        public void note(String sentence) {
            notes.add(sentence);
        }

        @Override
        public void addMarginal(BigDecimal rate) {
            marginal = marginal.add(rate);
        }

        /** A capped levy summed over the earners, each under their own cap. */
        private BigDecimal perEarner(UnaryOperator<BigDecimal> levy) {
            return earners.stream().map(levy).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** A payroll premium; {@code rateOnNextDollar} is null once a cap is reached. */
        @Override
        public void payroll(Jurisdiction jurisdiction, String label, BigDecimal amount, BigDecimal rateOnNextDollar) {
            premiums.add(new WorkStateTax.Premium(jurisdiction, label, amount, rateOnNextDollar));
            // With the job in another state, that state's premiums apply instead (WorkStateTax charges them).
            if (input.workState() == null) {
                premium(jurisdiction, label, amount, rateOnNextDollar);
            }
        }

        @Override
        public void premium(Jurisdiction jurisdiction, String label, BigDecimal amount, BigDecimal rateOnNextDollar) {
            statePayroll = statePayroll.add(amount);
            TaxLine line = new TaxLine(jurisdiction.id().label(), label, amount);
            components.add(line);
            payrollLines.add(line);
            if (rateOnNextDollar != null) {
                marginal = marginal.add(rateOnNextDollar);
                payrollRate = payrollRate.add(rateOnNextDollar);
            }
        }

        /** A figure's value, noting it when its status is uncertain. */
        @Override
        public BigDecimal use(Jurisdiction jurisdiction, Figure figure) {
            use(jurisdiction, figure.status(), figure.note());
            return figure.value();
        }

        @Override
        public void use(Jurisdiction jurisdiction, FigureStatus status, String note) {
            if (status == FigureStatus.UNCERTAIN) {
                uncertainNotes.add("Uncertain figure used (" + jurisdiction.id().label() + "): " + note);
            }
        }
    }
}
