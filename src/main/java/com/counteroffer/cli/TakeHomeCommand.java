package com.counteroffer.cli;

import com.counteroffer.service.InvalidInputException;
import com.counteroffer.service.TaxReference;
import com.counteroffer.service.TaxService;
import com.counteroffer.domain.tax.BracketShare;
import com.counteroffer.domain.tax.FederalDeduction;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxLine;
import com.counteroffer.domain.tax.TaxResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counteroffer take-home}: the year's tax on wages and what is left. Needs no database. Values are
 * read as text and parsed here so that a bad value is bad input (exit 2), not a command-line error.
 */
@Command(name = "take-home", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Estimate the 2026 tax on wages (federal, FICA, state, city) and the take-home pay.",
                "Annual liability with the larger of the standard deduction and itemized state and local taxes "
                        + "(SALT), beside what payroll withholds and the balance due; not tax advice."})
final class TakeHomeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--wages", required = true, paramLabel = "DOLLARS",
            description = "All pay taxed as wages in the year: base, bonus, sign-on and vesting RSUs, e.g. 250k.")
    private String wages;

    @Option(names = "--state", required = true, paramLabel = "STATE",
            description = "State of residence: its two-letter code, any of the 50 states or DC (e.g. MA, IL, NJ), "
                    + "or OTHER outside them (federal tax and FICA only).")
    private String state;

    @Option(names = "--work-state", paramLabel = "STATE",
            description = "State where the job is, when not the state of residence (e.g. NY for a New Jersey "
                    + "resident working in New York City): its nonresident tax and your state's credit for it, or "
                    + "none under a reciprocal agreement or in DC.")
    private String workState;

    @Option(names = "--locality", paramLabel = "ID",
            description = "City or county of residence with its own income tax, e.g. philadelphia, yonkers, "
                    + "portland, detroit, columbus (from the state's tables; a wrong one lists them).")
    private String locality;

    @Option(names = "--filing", required = true, paramLabel = "STATUS",
            description = "single, mfj (married filing jointly) or hoh (head of household).")
    private String filing;

    @Option(names = "--nyc", description = "New York City resident (with --state NY).")
    private boolean nyc;

    @Option(names = "--md-county-rate", paramLabel = "PERCENT",
            description = "Maryland county rate in percent, e.g. 3.2 (with --state MD; default 3.2, "
                    + "Montgomery and Prince George's).")
    private String mdCountyRate;

    @Option(names = "--k401", paramLabel = "DOLLARS",
            description = "Pre-tax 401(k) deferral for the year (2026 limit 24,500, more with --age from 50).")
    private String k401;

    @Option(names = "--spouse-wages", paramLabel = "DOLLARS",
            description = "A spouse's wages on the same joint return (with --filing mfj), e.g. 200k: taxed together "
                    + "for income tax, each earner with their own Social Security wage base and payroll caps.")
    private String spouseWages;

    @Option(names = "--supplemental", paramLabel = "DOLLARS",
            description = "The part of --wages paid as bonus, sign-on and RSU vests, e.g. 150k: payroll withholds "
                    + "it at the flat supplemental rates (federal 22 %%, 37 %% above 1M).")
    private String supplemental;

    @Option(names = "--prior-year-tax", paramLabel = "DOLLARS",
            description = "Last year's total federal tax (Form 1040 line 24), for the estimated-tax safe harbour.")
    private String priorYearTax;

    @Option(names = "--prior-year-agi-over-150k",
            description = "Last year's AGI was above 150,000: the safe harbour is 110 %% of last year's tax "
                    + "(with --prior-year-tax).")
    private boolean priorYearAgiOver150k;

    @Option(names = "--roth-401k", paramLabel = "DOLLARS",
            description = "Roth 401(k) deferral for the year: taxed as wages, but within the same limit as --k401.")
    private String roth401k;

    @Option(names = "--age", paramLabel = "YEARS",
            description = "Age at the end of the year: from 50 a 401(k) catch-up (8,000; 11,250 at 60-63), "
                    + "from 55 an HSA catch-up (1,000). Without it, no catch-up.")
    private String age;

    @Option(names = "--hsa", paramLabel = "DOLLARS",
            description = "HSA contribution through payroll: lowers income-tax and FICA wages (not in CA or NJ). "
                    + "2026 limit 4,400 self-only, 8,750 family.")
    private String hsa;

    @Option(names = "--hsa-coverage", paramLabel = "COVERAGE",
            description = "self (default) or family: the health plan's coverage, which sets the HSA limit.")
    private String hsaCoverage;

    @Option(names = "--itemize-property-tax", paramLabel = "DOLLARS",
            description = "Property tax paid in the year: itemize state and local taxes (SALT, capped) when that "
                    + "beats the standard deduction.")
    private String propertyTax;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        long wageAmount = CliInputs.amount("--wages", wages);
        StateCode stateCode = CliTaxOptions.state(state);
        FilingStatus filingStatus = CliTaxOptions.filing(filing);
        StateCode workStateCode = CliTaxOptions.workState(workState);
        if (nyc && stateCode != StateCode.NY) {
            throw new BadInputException("--nyc applies only with --state NY (New York City residents), not "
                    + stateCode.name());
        }
        if (mdCountyRate != null && stateCode != StateCode.MD) {
            throw new BadInputException("--md-county-rate applies only with --state MD, not " + stateCode.name());
        }
        BigDecimal countyPercent = mdCountyRate == null ? null : CliInputs.percent("--md-county-rate", mdCountyRate,
                BigDecimal.ZERO, BigDecimal.valueOf(10), "Maryland county rate");
        long deferral = k401 == null ? 0 : CliInputs.amount("--k401", k401);
        boolean spouseGiven = spouseWages != null;
        if (spouseGiven && filingStatus != FilingStatus.MARRIED_JOINT) {
            throw new BadInputException("--spouse-wages applies only with --filing mfj (married filing jointly), not "
                    + filingStatus.shortId());
        }
        long spouseAmount = spouseGiven ? CliInputs.amount("--spouse-wages", spouseWages) : 0;
        long supplementalAmount = supplemental == null ? 0 : CliInputs.amount("--supplemental", supplemental);
        if (priorYearAgiOver150k && priorYearTax == null) {
            throw new BadInputException("--prior-year-agi-over-150k applies only with --prior-year-tax (last year's "
                    + "total federal tax)");
        }
        Long priorTax = priorYearTax == null ? null : CliInputs.amount("--prior-year-tax", priorYearTax);
        long rothAmount = roth401k == null ? 0 : CliInputs.amount("--roth-401k", roth401k);
        Integer ageYears = age == null ? null : CliInputs.age("--age", age);
        if (hsaCoverage != null && hsa == null) {
            throw new BadInputException("--hsa-coverage applies only with --hsa (the HSA contribution)");
        }
        long hsaAmount = hsa == null ? 0 : CliInputs.amount("--hsa", hsa);
        HsaCoverage coverage = hsaCoverage == null ? HsaCoverage.SELF : CliTaxOptions.hsaCoverage(hsaCoverage);
        long propertyTaxAmount = propertyTax == null ? 0 : CliInputs.amount("--itemize-property-tax", propertyTax);
        TaxService.Answer answer;
        try {
            answer = new TaxService(TaxReference.readingOnlyWhatIsUsed()).takeHome(new TaxService.Request(wageAmount, stateCode,
                    filingStatus, nyc, countyPercent, deferral, spouseAmount, supplementalAmount, priorTax,
                    priorYearAgiOver150k, locality, workStateCode).withAccounts(rothAmount, ageYears, hsaAmount,
                    coverage, propertyTaxAmount));
        } catch (InvalidInputException e) {
            String option = TaxService.DEFERRAL.equals(e.field()) ? "--k401: "
                    : TaxService.COUNTY.equals(e.field()) ? "--md-county-rate: "
                    : TaxService.SPOUSE.equals(e.field()) ? "--spouse-wages: "
                    : TaxService.LOCALITY.equals(e.field()) ? "--locality: "
                    : TaxService.SUPPLEMENTAL.equals(e.field()) ? "--supplemental: "
                    : TaxService.PRIOR_YEAR_TAX.equals(e.field()) ? "--prior-year-tax: "
                    : TaxService.WORK_STATE.equals(e.field()) ? "--work-state: "
                    : TaxService.DEFERRALS.equals(e.field()) ? "--k401 and --roth-401k: "
                    : TaxService.ROTH.equals(e.field()) ? "--roth-401k: "
                    : TaxService.AGE.equals(e.field()) ? "--age: "
                    : TaxService.HSA.equals(e.field()) ? "--hsa: "
                    : TaxService.PROPERTY_TAX.equals(e.field()) ? "--itemize-property-tax: " : "";
            throw new BadInputException(option + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = json(answer.result(), answer.taxYear(), spouseGiven);
            WithholdingJson.add(document, answer.withholding());
            out.println(Json.write(document));
        } else {
            printText(out, answer.result(), answer.taxYear(), spouseGiven);
            WithholdingText.print(out, answer.withholding());
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(TaxResult result, int taxYear, boolean spouseGiven) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tax_year", taxYear);
        json.put("wages", cents(result.input().wages()));
        if (spouseGiven) {
            json.put("spouse_wages", cents(result.input().spouseWages()));
            json.put("household_wages", cents(result.input().householdWages()));
        }
        json.put("state", result.input().state().name());
        if (result.input().locality() != null) {
            json.put("locality", result.input().locality());
        }
        json.put("work_state", result.input().workState() == null ? null : result.input().workState().name());
        json.put("filing", result.input().filing().shortId());
        json.put("nyc_resident", result.input().nycResident());
        json.put("k401_deferral", cents(result.input().k401Deferral()));
        json.put("accounts", accountsJson(result.input()));
        json.put("federal_deduction", deductionJson(result));
        json.put("federal_taxable_income", cents(result.federalTaxableIncome()));
        json.put("state_taxable_income", result.stateTaxableIncome() == null ? null
                : cents(result.stateTaxableIncome()));
        json.put("federal_income_tax", cents(result.federalIncomeTax()));
        json.put("social_security", cents(result.socialSecurity()));
        json.put("medicare", cents(result.medicare()));
        json.put("additional_medicare", cents(result.additionalMedicare()));
        json.put("state_income_tax", cents(result.stateIncomeTax()));
        json.put("local_income_tax", cents(result.localIncomeTax()));
        json.put("work_state_income_tax", cents(result.workStateTax()));
        json.put("state_payroll", cents(result.statePayroll()));
        // Net from the rounded total, so that the printed figures add up to the cent; both earners' wages.
        BigDecimal total = cents(result.totalTax());
        BigDecimal net = cents(result.input().householdWages()).subtract(total);
        json.put("total_tax", total);
        json.put("net", net);
        json.put("take_home_after_deferral", net.subtract(cents(result.input().accountContributions())));
        json.put("effective_rate", rate(result.effectiveRate()));
        json.put("marginal_rate", rate(result.marginalRate()));
        List<Map<String, Object>> brackets = new ArrayList<>();
        for (BracketShare share : result.brackets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("jurisdiction", share.jurisdiction());
            row.put("rate", share.rate());
            row.put("from", cents(share.from()));
            row.put("to", share.to() == null ? null : cents(share.to()));
            row.put("taxable", cents(share.taxable()));
            row.put("tax", cents(share.tax()));
            brackets.add(row);
        }
        json.put("brackets", brackets);
        List<Map<String, Object>> components = new ArrayList<>();
        for (TaxLine line : result.components()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("jurisdiction", line.jurisdiction());
            row.put("label", line.label());
            row.put("amount", cents(line.amount()));
            components.add(row);
        }
        json.put("components", components);
        json.put("notes", result.notes());
        return json;
    }

    /** The federal deduction used and what itemizing would have given. */
    private static Map<String, Object> deductionJson(TaxResult result) {
        FederalDeduction deduction = result.federalDeduction();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", deduction.itemized() ? "itemized" : "standard");
        json.put("amount", cents(deduction.amount()));
        json.put("standard", cents(deduction.standard()));
        json.put("property_tax", cents(result.input().propertyTax()));
        json.put("state_and_local_taxes", cents(deduction.stateAndLocalTaxes()));
        json.put("salt_cap", cents(deduction.cap()));
        json.put("itemized_salt", cents(deduction.itemizedAmount()));
        return json;
    }

    /** What went into accounts from pay, and the age the limits were taken at. */
    private static Map<String, Object> accountsJson(TaxInput input) {
        Map<String, Object> accounts = new LinkedHashMap<>();
        accounts.put("pre_tax_401k", cents(input.k401Deferral()));
        accounts.put("roth_401k", cents(input.roth401k()));
        accounts.put("hsa", cents(input.hsa()));
        accounts.put("hsa_coverage", input.hsaCoverage().id());
        accounts.put("age", input.age());
        return accounts;
    }

    private static void printText(PrintWriter out, TaxResult result, int taxYear, boolean spouseGiven) {
        TaxInput input = result.input();
        String place = input.state() == StateCode.OTHER ? "outside the states" : input.state().label()
                + (input.nycResident() ? " (New York City resident)" : "")
                + (input.locality() == null ? "" : " (" + input.locality() + " resident)")
                + (input.workState() == null ? "" : ", working in " + input.workState().label());
        String wagesText = money(input.wages()) + " wages"
                + (spouseGiven ? " + " + money(input.spouseWages()) + " spouse's wages = "
                        + money(input.householdWages()) + " household wages" : "");
        out.println("Tax year " + taxYear + ": " + wagesText + ", "
                + input.filing().label().toLowerCase(Locale.ROOT) + ", " + place);
        FederalDeduction deduction = result.federalDeduction();
        row(out, deduction.itemized() ? "Deduction: itemized SALT" : "Deduction: standard", deduction.amount());
        row(out, "Federal income tax", result.federalIncomeTax());
        row(out, "Social Security", result.socialSecurity());
        row(out, "Medicare", result.medicare());
        row(out, "Additional Medicare", result.additionalMedicare());
        row(out, input.workState() == null ? "State income tax" : "State tax after credit", result.stateIncomeTax());
        row(out, "Local income tax", result.localIncomeTax());
        if (input.workState() != null) {
            row(out, "Work state income tax", result.workStateTax());
        }
        row(out, "State payroll premiums", result.statePayroll());
        row(out, "Total tax", result.totalTax());
        row(out, spouseGiven ? "Net (household − tax)" : "Net (wages − tax)", result.net());
        if (input.k401Deferral().signum() > 0) {
            row(out, "401(k) deferral", input.k401Deferral());
        }
        if (input.roth401k().signum() > 0) {
            row(out, "Roth 401(k) deferral", input.roth401k());
        }
        if (input.hsa().signum() > 0) {
            row(out, "HSA (" + input.hsaCoverage().id() + ")", input.hsa());
        }
        if (input.accountContributions().signum() > 0) {
            row(out, "Take-home after deferral", result.takeHomeAfterDeferral());
        }
        out.println(String.format(Locale.US, "  %-26s %13s", "Effective rate", percent(result.effectiveRate())));
        out.println(String.format(Locale.US, "  %-26s %13s", "Marginal rate", percent(result.marginalRate())));
        out.println("Brackets:");
        for (BracketShare share : result.brackets()) {
            String range = money(share.from()) + (share.to() == null ? " and up" : " – " + money(share.to()));
            out.println(String.format(Locale.US, "  %-40s %9s on %11s (%s): %s", share.jurisdiction(),
                    rateText(share.rate()), money(share.taxable()), range, money(share.tax())));
        }
        for (TaxLine line : result.components()) {
            out.println(String.format(Locale.US, "  %s: %s: %s", line.jurisdiction(), line.label(),
                    money(line.amount())));
        }
        out.println("Notes:");
        for (String note : result.notes()) {
            out.println("  - " + note);
        }
    }

    private static void row(PrintWriter out, String label, BigDecimal amount) {
        out.println(String.format(Locale.US, "  %-26s %13s", label, money(amount)));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(BigDecimal rate) {
        return rate.setScale(6, RoundingMode.HALF_UP);
    }

    /** Whole dollars for reading; the JSON keeps cents. */
    static String money(BigDecimal amount) {
        BigDecimal dollars = amount.setScale(0, RoundingMode.HALF_UP);
        return (dollars.signum() < 0 ? "−$" : "$") + String.format(Locale.US, "%,d", dollars.abs().longValueExact());
    }

    /** A statutory rate as written, e.g. 3.078 %. */
    private static String rateText(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
