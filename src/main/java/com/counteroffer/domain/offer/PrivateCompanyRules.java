package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The limits of a private company's terms, for {@link OfferValidator}: each problem starts with the
 * path the offer file spells ({@code equity.private_company.dilution.pct_per_round}, …).
 */
public final class PrivateCompanyRules {

    /** Ten trillion dollars: above any company's value, so more is a typing mistake. */
    public static final long MAX_COMPANY_VALUE = 10_000_000_000_000L;
    public static final int MAX_SCENARIOS = 10;
    public static final BigDecimal MAX_MULTIPLE = BigDecimal.TEN;
    public static final BigDecimal MAX_DILUTION_PERCENT = BigDecimal.valueOf(90);
    public static final int MAX_ROUNDS = 10;
    public static final int MAX_TENDER_MONTHS = 120;
    public static final int MAX_EXPIRY_YEARS = 15;
    /** Probabilities typed to two decimals may miss 100 by rounding. */
    private static final BigDecimal PROBABILITY_TOLERANCE = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PrivateCompanyRules() {
    }

    /** @param path where the terms are, {@code equity.private_company} */
    static void check(List<String> problems, String path, PrivateCompany company, boolean options) {
        if (company.exitValue() != null) {
            companyValue(problems, path + ".exit_value", company.exitValue());
        }
        if (company.exitPrice() != null && company.exitPrice().signum() < 0) {
            problems.add(path + ".exit_price: can't be negative");
        }
        if (company.valuation() == ValuationBasis.EXIT && company.exitValue() == null && company.exitPrice() == null) {
            problems.add(path + ".exit_value: valuing at an exit needs the company's value at the exit (exit_value)"
                    + " or the price per share (exit_price); give one of them");
        }
        scenarios(problems, path + ".scenarios", company.scenarios());
        preferences(problems, path + ".preferences", company.preferences());
        Dilution dilution = company.dilution();
        percent(problems, path + ".dilution.pct_per_round", dilution.percentPerRound(), MAX_DILUTION_PERCENT);
        if (dilution.roundsToExit() < 0 || dilution.roundsToExit() > MAX_ROUNDS) {
            problems.add(path + ".dilution.rounds_to_exit: between 0 and " + MAX_ROUNDS);
        }
        liquidity(problems, path + ".liquidity", company.liquidity(), options);
    }

    private static void scenarios(List<String> problems, String path, List<ExitScenario> scenarios) {
        if (scenarios.isEmpty()) {
            return;
        }
        if (scenarios.size() > MAX_SCENARIOS) {
            problems.add(path + ": at most " + MAX_SCENARIOS + " scenarios, found " + scenarios.size());
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean percentsUsable = true;
        for (int i = 0; i < scenarios.size(); i++) {
            ExitScenario scenario = scenarios.get(i);
            String at = path + "[" + i + "]";
            if (scenario.name().isBlank()) {
                problems.add(at + ".name: give the outcome a name, such as \"Strong exit\"");
            }
            companyValue(problems, at + ".company_value", scenario.companyValue());
            if (!percent(problems, at + ".probability_pct", scenario.probabilityPercent(), HUNDRED)) {
                percentsUsable = false;
            }
            total = total.add(scenario.probabilityPercent());
        }
        if (percentsUsable && total.subtract(HUNDRED).abs().compareTo(PROBABILITY_TOLERANCE) > 0) {
            problems.add(path + ": the probabilities add up to " + total.stripTrailingZeros().toPlainString()
                    + " %; they must add up to 100 %");
        }
    }

    private static void preferences(List<String> problems, String path, Preferences preferences) {
        companyValue(problems, path + ".invested", preferences.invested());
        percent(problems, path + ".multiple", preferences.multiple(), MAX_MULTIPLE, "×");
        if (preferences.preferredPercent() != null) {
            percent(problems, path + ".preferred_pct", preferences.preferredPercent(), HUNDRED);
        }
    }

    private static void liquidity(List<String> problems, String path, Liquidity liquidity, boolean options) {
        boolean tender = liquidity.kind() == Liquidity.Kind.TENDER;
        boolean doubleTrigger = liquidity.kind() == Liquidity.Kind.DOUBLE_TRIGGER;
        if (doubleTrigger && options) {
            problems.add(path + ".kind: double_trigger is for RSUs; options are sold at_exit or in a tender");
        }
        if (liquidity.expiryYears() != null) {
            if (!doubleTrigger) {
                problems.add(path + ".expiry_years: only with \"kind\": \"double_trigger\"; remove it");
            } else if (liquidity.expiryYears() < 1 || liquidity.expiryYears() > MAX_EXPIRY_YEARS) {
                problems.add(path + ".expiry_years: between 1 and " + MAX_EXPIRY_YEARS + " years");
            }
        }
        tenderField(problems, path + ".tender_every_months", liquidity.tenderEveryMonths(), tender);
        tenderField(problems, path + ".first_tender_month", liquidity.firstTenderMonth(), tender);
        tenderField(problems, path + ".tender_sellable_pct", liquidity.tenderSellablePercent(), tender);
        tenderField(problems, path + ".tender_price", liquidity.tenderPrice(), tender);
        if (!tender) {
            return;
        }
        Integer every = liquidity.tenderEveryMonths();
        if (every != null && (every < 1 || every > MAX_TENDER_MONTHS)) {
            problems.add(path + ".tender_every_months: between 1 and " + MAX_TENDER_MONTHS + " months");
        }
        Integer first = liquidity.firstTenderMonth();
        if (first != null && (first < 0 || first > MAX_TENDER_MONTHS)) {
            problems.add(path + ".first_tender_month: between 0 and " + MAX_TENDER_MONTHS);
        }
        if (liquidity.tenderSellablePercent() != null) {
            percent(problems, path + ".tender_sellable_pct", liquidity.tenderSellablePercent(), HUNDRED);
        }
        if (liquidity.tenderPrice() != null && liquidity.tenderPrice().signum() < 0) {
            problems.add(path + ".tender_price: can't be negative");
        }
    }

    /** A tender's own field: required with a tender (all but the price), refused without one. */
    private static void tenderField(List<String> problems, String field, Object value, boolean tender) {
        boolean optional = field.endsWith(".tender_price");
        if (!tender && value != null) {
            problems.add(field + ": only with \"kind\": \"tender\"; remove it");
        } else if (tender && value == null && !optional) {
            problems.add(field + ": a tender needs how often it comes (tender_every_months), the first month one"
                    + " can join (first_tender_month) and the share one may sell (tender_sellable_pct); give it");
        }
    }

    private static void companyValue(List<String> problems, String field, long dollars) {
        if (dollars < 0) {
            problems.add(field + ": can't be negative");
        } else if (dollars > MAX_COMPANY_VALUE) {
            problems.add(field + ": at most $" + String.format(Locale.US, "%,d", MAX_COMPANY_VALUE));
        }
    }

    private static boolean percent(List<String> problems, String field, BigDecimal value, BigDecimal max) {
        return percent(problems, field, value, max, " %");
    }

    private static boolean percent(List<String> problems, String field, BigDecimal value, BigDecimal max,
                                   String unit) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            problems.add(field + ": between 0 and " + max.toPlainString() + unit);
            return false;
        }
        return true;
    }
}
