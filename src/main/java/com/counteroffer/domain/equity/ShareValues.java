package com.counteroffer.domain.equity;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The price of one common share of a private company under a valuation basis
 * (docs/reference-data.md §2b). An exit is valued after the dilution of the rounds before it and
 * after the liquidation preferences ({@link Waterfall}).
 */
public final class ShareValues {

    private static final MathContext DIVISION = CompanyFacts.DIVISION;

    private ShareValues() {
    }

    /**
     * @param override the basis to use instead of the offer's own choice, or null for the offer's own
     * @throws IllegalArgumentException for a public company's RSUs, which have no private terms, or when
     *     a term the basis uses is out of range (the message names it)
     */
    public static ShareValue of(Equity equity, ValuationBasis override) {
        PrivateCompany company = equity.company();
        if (company == null) {
            throw new IllegalArgumentException("a public company's RSUs are valued at the share price");
        }
        ValuationBasis basis = override != null ? override : company.valuation();
        CompanyFacts facts = CompanyFacts.of(equity);
        List<String> assumptions = new ArrayList<>();
        return switch (basis) {
            case FAIR_MARKET_VALUE -> atFairMarketValue(facts, assumptions);
            case PREFERRED -> atPreferred(facts, assumptions);
            case EXIT -> exit(company, facts, assumptions);
            case SCENARIOS -> scenarios(company, facts, assumptions);
        };
    }

    /** The shipped scenarios as multiples of today's valuation (reference-data.md §2b, an assumption). */
    public static List<ExitScenario> defaultScenarios(BigDecimal postMoney) {
        return DefaultScenarios.at(postMoney);
    }

    /**
     * All shares at the exit: today's fully diluted ÷ (1 − dilution)^rounds.
     *
     * @throws IllegalArgumentException for a dilution of 100 % or more, or rounds outside 0–10
     */
    public static BigDecimal fullyDilutedAtExit(BigDecimal fullyDiluted, Dilution dilution) {
        PrivateTerms.dilution(dilution);
        BigDecimal kept = BigDecimal.ONE.subtract(dilution.percentPerRound().movePointLeft(2));
        return fullyDiluted.divide(kept.pow(dilution.roundsToExit()), DIVISION);
    }

    /**
     * The preferred stock's shares as converted: its stated percent of today's fully diluted shares,
     * or else invested ÷ preferred price (labelled as an estimate), or 0 with no preference.
     */
    static BigDecimal preferredShares(Preferences preferences, CompanyFacts facts, List<String> assumptions) {
        if (preferences.preferredPercent() != null) {
            return facts.fullyDiluted().multiply(preferences.preferredPercent()).movePointLeft(2);
        }
        if (preferences.invested() == 0) {
            return BigDecimal.ZERO;
        }
        if (facts.preferredPrice() == null || facts.preferredPrice().signum() == 0) {
            assumptions.add("The preferred stock's share of the company isn't given; it is taken as none, so"
                    + " preferred holders never convert.");
            return BigDecimal.ZERO;
        }
        assumptions.add("The preferred stock's share of the company isn't given; it is estimated as what investors"
                + " put in ÷ the preferred price, as if all of it was bought at that price.");
        return BigDecimal.valueOf(preferences.invested()).divide(facts.preferredPrice(), DIVISION)
                .min(facts.fullyDiluted());
    }

    private static ShareValue today(ValuationBasis basis, BigDecimal price, List<String> assumptions) {
        String convention = (basis == ValuationBasis.FAIR_MARKET_VALUE ? "Valued at the 409A price of "
                : "Valued at the preferred price of ") + Money.sharePrice(price) + " a share.";
        return new ShareValue(basis, List.of(new ShareOutcome(basis.label(), null, price, BigDecimal.ONE)), true,
                assumptions, convention);
    }

    /** At the 409A price, or at the preferred price when there is none; the value names the basis used. */
    private static ShareValue atFairMarketValue(CompanyFacts facts, List<String> assumptions) {
        if (facts.fairMarketValue() != null || facts.preferredPrice() == null) {
            return today(ValuationBasis.FAIR_MARKET_VALUE, orZero(facts.fairMarketValue()), assumptions);
        }
        assumptions.add("The 409A price isn't given, so the preferred price (the grant's price) is used.");
        return today(ValuationBasis.PREFERRED, facts.preferredPrice(), assumptions);
    }

    /** At the preferred price, or at the 409A price when there is none; the value names the basis used. */
    private static ShareValue atPreferred(CompanyFacts facts, List<String> assumptions) {
        if (facts.preferredPrice() != null || facts.fairMarketValue() == null) {
            return today(ValuationBasis.PREFERRED, orZero(facts.preferredPrice()), assumptions);
        }
        assumptions.add("Neither the preferred price nor the valuation and fully diluted shares are given, so the"
                + " 409A price is used.");
        return today(ValuationBasis.FAIR_MARKET_VALUE, facts.fairMarketValue(), assumptions);
    }

    private static BigDecimal orZero(BigDecimal price) {
        return price == null ? BigDecimal.ZERO : price;
    }

    private static ShareValue exit(PrivateCompany company, CompanyFacts facts, List<String> assumptions) {
        PrivateTerms.exit(company);
        PrivateTerms.dilution(company.dilution());
        PrivateTerms.preferences(company.preferences());
        if (company.exitPrice() != null) {
            return new ShareValue(ValuationBasis.EXIT, List.of(new ShareOutcome(ValuationBasis.EXIT.label(), null,
                    company.exitPrice(), BigDecimal.ONE)), false, assumptions,
                    "Valued at the exit price you chose, " + Money.sharePrice(company.exitPrice()) + " a common share.");
        }
        if (company.exitValue() == null || facts.fullyDiluted() == null) {
            assumptions.add(company.exitValue() == null ? "No exit value is typed, so the preferred price is used."
                    : "The fully diluted shares aren't given, so an exit can't be shared out; the preferred price is"
                    + " used.");
            return atPreferred(facts, assumptions);
        }
        BigDecimal value = BigDecimal.valueOf(company.exitValue());
        BigDecimal preferredShares = preferredShares(company.preferences(), facts, assumptions);
        ShareOutcome outcome = outcome(ValuationBasis.EXIT.label(), value, company, facts, preferredShares);
        return new ShareValue(ValuationBasis.EXIT, List.of(outcome), false, assumptions,
                "Valued at an exit of " + companyValue(value) + ", after " + dilutionWords(company.dilution())
                        + " and " + preferenceWords(company.preferences()) + ": "
                        + Money.sharePrice(outcome.pricePerShare()) + " a common share.");
    }

    private static ShareValue scenarios(PrivateCompany company, CompanyFacts facts, List<String> assumptions) {
        PrivateTerms.dilution(company.dilution());
        PrivateTerms.preferences(company.preferences());
        String problem = PrivateTerms.scenarioProblem(company.scenarios());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (facts.fullyDiluted() == null) {
            assumptions.add("The fully diluted shares (or the valuation and preferred price) aren't given, so exit"
                    + " scenarios can't be shared out; the preferred price is used.");
            return atPreferred(facts, assumptions);
        }
        List<ExitScenario> scenarios = company.scenarios();
        if (scenarios.isEmpty()) {
            if (facts.postMoney() == null) {
                assumptions.add("No scenarios are typed and the valuation isn't known, so the preferred price is"
                        + " used.");
                return atPreferred(facts, assumptions);
            }
            scenarios = DefaultScenarios.at(facts.postMoney());
            assumptions.add(DefaultScenarios.LABEL);
        }
        BigDecimal total = scenarios.stream().map(ExitScenario::probabilityPercent).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        // Worked out once, so its assumption is said once however many scenarios there are.
        BigDecimal preferredShares = preferredShares(company.preferences(), facts, assumptions);
        List<ShareOutcome> outcomes = new ArrayList<>();
        for (ExitScenario scenario : scenarios) {
            ShareOutcome outcome = outcome(scenario.name(), BigDecimal.valueOf(scenario.companyValue()), company,
                    facts, preferredShares);
            // Probabilities that don't add up to 100 % are scaled so they do.
            outcomes.add(new ShareOutcome(outcome.name(), outcome.companyValue(), outcome.pricePerShare(),
                    scenario.probabilityPercent().divide(total, DIVISION)));
        }
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            assumptions.add("The scenarios' probabilities add up to " + total.stripTrailingZeros().toPlainString()
                    + " %, so each is scaled to make 100 %.");
        }
        return new ShareValue(ValuationBasis.SCENARIOS, outcomes, false, assumptions,
                "Valued as the expected value over " + outcomes.size() + " exit scenarios, each after "
                        + dilutionWords(company.dilution()) + " and " + preferenceWords(company.preferences()) + ".");
    }

    private static ShareOutcome outcome(String name, BigDecimal exitValue, PrivateCompany company, CompanyFacts facts,
                                        BigDecimal preferredShares) {
        BigDecimal atExit = fullyDilutedAtExit(facts.fullyDiluted(), company.dilution());
        Waterfall waterfall = Waterfall.at(exitValue, company.preferences(), atExit, preferredShares);
        return new ShareOutcome(name, exitValue, waterfall.perCommonShare(), BigDecimal.ONE);
    }

    private static String dilutionWords(Dilution dilution) {
        if (dilution.roundsToExit() == 0 || dilution.percentPerRound().signum() == 0) {
            return "no further dilution";
        }
        return dilution.roundsToExit() + (dilution.roundsToExit() == 1 ? " round" : " rounds") + " diluting "
                + dilution.percentPerRound().stripTrailingZeros().toPlainString() + " % each";
    }

    private static String preferenceWords(Preferences preferences) {
        if (preferences.invested() == 0) {
            return "no liquidation preference entered";
        }
        return companyValue(preferences.total()) + " of " + preferences.multiple().stripTrailingZeros().toPlainString()
                + "× " + (preferences.participating() ? "participating" : "non-participating") + " preferences";
    }

    static String companyValue(BigDecimal value) {
        return com.counteroffer.domain.money.Money.format(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
