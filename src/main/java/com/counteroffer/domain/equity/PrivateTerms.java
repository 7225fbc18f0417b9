package com.counteroffer.domain.equity;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.PrivateCompanyRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * The ranges a private company's terms must be in to be valued. The records in domain.offer stay
 * permissive because an offer file is read into them before OfferValidator reports its problems by
 * path; the engine refuses what it can't value, naming the term, so nothing crashes or pays out
 * nonsense (a negative share, more sold than held).
 */
final class PrivateTerms {

    // The offer validator's limits, so what a file or form may hold can always be valued.
    static final long MAX_COMPANY_VALUE = PrivateCompanyRules.MAX_COMPANY_VALUE;
    static final BigDecimal MAX_MULTIPLE = PrivateCompanyRules.MAX_MULTIPLE;
    static final int MAX_ROUNDS = PrivateCompanyRules.MAX_ROUNDS;
    static final int MAX_TENDER_MONTHS = PrivateCompanyRules.MAX_TENDER_MONTHS;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PrivateTerms() {
    }

    /**
     * Every term but the scenarios, which only the scenarios basis needs ({@link #scenarioProblem}).
     *
     * @throws IllegalArgumentException naming the first term out of range
     */
    static void check(PrivateCompany company) {
        exit(company);
        dilution(company.dilution());
        preferences(company.preferences());
        liquidity(company.liquidity());
    }

    /** The chosen exit: a company value from $0 to the limit, a price per share of $0 or more. */
    static void exit(PrivateCompany company) {
        if (company.exitValue() != null) {
            companyValue("the exit value", company.exitValue());
        }
        if (company.exitPrice() != null && company.exitPrice().signum() < 0) {
            throw new IllegalArgumentException("the exit price per share can't be negative, found "
                    + company.exitPrice().toPlainString());
        }
    }

    /** 0 ≤ percent per round < 100 (a round selling all of the company leaves no shares) and 0–10 rounds. */
    static void dilution(Dilution dilution) {
        BigDecimal percent = dilution.percentPerRound();
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("the dilution per round must be from 0 % to below 100 %, found "
                    + percent(percent));
        }
        if (dilution.roundsToExit() < 0 || dilution.roundsToExit() > MAX_ROUNDS) {
            throw new IllegalArgumentException("the rounds before an exit must be from 0 to " + MAX_ROUNDS
                    + ", found " + dilution.roundsToExit());
        }
    }

    /** What investors put in from $0 to the limit, a multiple of 0–10×, a preferred share of 0–100 %. */
    static void preferences(Preferences preferences) {
        companyValue("what preferred investors put in", preferences.invested());
        BigDecimal multiple = preferences.multiple();
        if (multiple.signum() < 0 || multiple.compareTo(MAX_MULTIPLE) > 0) {
            throw new IllegalArgumentException("the preference multiple must be from 0× to " + MAX_MULTIPLE + "×,"
                    + " found " + multiple.stripTrailingZeros().toPlainString() + "×");
        }
        if (preferences.preferredPercent() != null) {
            percentOfAll("the preferred stock's share of the company", preferences.preferredPercent());
        }
    }

    /** Tenders at least a month apart, from month 0, selling 0–100 % at a price of $0 or more. */
    static void liquidity(Liquidity liquidity) {
        if (liquidity.expiryYears() != null && liquidity.expiryYears() < 1) {
            throw new IllegalArgumentException("the years before unsettled units lapse must be 1 or more, found "
                    + liquidity.expiryYears());
        }
        Integer every = liquidity.tenderEveryMonths();
        if (every != null && (every < 1 || every > MAX_TENDER_MONTHS)) {
            throw new IllegalArgumentException("the months between tenders must be from 1 to " + MAX_TENDER_MONTHS
                    + ", found " + every);
        }
        Integer first = liquidity.firstTenderMonth();
        if (first != null && (first < 0 || first > MAX_TENDER_MONTHS)) {
            throw new IllegalArgumentException("the first tender's month must be from 0 to " + MAX_TENDER_MONTHS
                    + ", found " + first);
        }
        if (liquidity.tenderSellablePercent() != null) {
            percentOfAll("the share of vested units one may sell in a tender", liquidity.tenderSellablePercent());
        }
        if (liquidity.tenderPrice() != null && liquidity.tenderPrice().signum() < 0) {
            throw new IllegalArgumentException("the tender price can't be negative, found "
                    + liquidity.tenderPrice().toPlainString());
        }
    }

    /**
     * What keeps the scenarios from being valued, naming the scenario, or null when they can be: each
     * company value from $0 to the limit, each probability 0–100 %, and more than 0 % in all.
     */
    static String scenarioProblem(List<ExitScenario> scenarios) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < scenarios.size(); i++) {
            ExitScenario scenario = scenarios.get(i);
            String which = "exit scenario " + (i + 1) + " (\"" + scenario.name() + "\")";
            if (scenario.companyValue() < 0 || scenario.companyValue() > MAX_COMPANY_VALUE) {
                return which + ": the company value must be from $0 to " + Money.format(MAX_COMPANY_VALUE)
                        + ", found " + Money.format(scenario.companyValue());
            }
            BigDecimal probability = scenario.probabilityPercent();
            if (probability.signum() < 0 || probability.compareTo(HUNDRED) > 0) {
                return which + ": the probability must be from 0 % to 100 %, found " + percent(probability);
            }
            total = total.add(probability);
        }
        if (!scenarios.isEmpty() && total.signum() == 0) {
            return "the exit scenarios' probabilities add up to 0 %; give them chances adding up to 100 %";
        }
        return null;
    }

    /** A company's value at a sale, from $0 to the limit (so 10× of it still fits in a long). */
    static void companyValue(String what, long dollars) {
        if (dollars < 0 || dollars > MAX_COMPANY_VALUE) {
            throw new IllegalArgumentException(what + " must be from $0 to " + Money.format(MAX_COMPANY_VALUE)
                    + ", found " + Money.format(dollars));
        }
    }

    private static void percentOfAll(String what, BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " must be from 0 % to 100 %, found " + percent(percent));
        }
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }
}
