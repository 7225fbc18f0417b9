package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.PrivateCompanyRules;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything worked out about an offer's options or private-company shares (docs/reference-data.md
 * §2b): what they are worth under the valuation basis, the ownership and its dilution, the waterfall
 * of each exit, the cost and tax of exercising, and when they can become money. Amounts are exact;
 * round them for display only.
 *
 * @param shares options or units granted
 * @param basis the basis the grant is valued under (the override, else the offer's own)
 * @param facts the company's prices and shares, given or implied
 * @param shareValue one common share under the basis
 * @param ownership the share of the company today and after each round; null when the fully diluted
 *     shares aren't known (neither given nor implied)
 * @param grantValue the whole grant: expected, worst, median, best, and the $0 lower bound
 * @param scenarios the offer's exit scenarios (or the shipped defaults) each through the waterfall,
 *     whatever the basis; empty when the fully diluted shares aren't known
 * @param chosenExit the exit the user chose (the override, else the offer's), or null
 * @param breakPoints where the waterfall changes shape; null when the fully diluted shares aren't known
 * @param exercise options only (null for RSUs): cost, window, 83(b), ISO limit, tax estimate
 * @param liquidity paper apart from what can be sold, year by year over the vesting years
 * @param assumptions what was assumed because the offer didn't say, each labelled as an assumption
 * @param conventions how the figures were worked out, with their sources
 */
public record EquityAnalysis(Kind kind, long shares, ValuationBasis basis, CompanyFacts facts, ShareValue shareValue,
                             Ownership ownership, GrantValue grantValue, List<ScenarioPayout> scenarios,
                             ScenarioPayout chosenExit, BreakPoints breakPoints, Exercise exercise,
                             LiquiditySchedule liquidity, List<String> assumptions, List<String> conventions) {

    /** Ten trillion dollars, the offer validator's limit on a company's value: more is a typing mistake. */
    public static final long MAX_EXIT_VALUE = PrivateCompanyRules.MAX_COMPANY_VALUE;

    /** What kind of grant was analysed. */
    public enum Kind {
        OPTIONS, PRIVATE_SHARES
    }

    static final String WATERFALL_CONVENTION = "Each exit pays the liquidation preferences first, then the rest pro"
            + " rata over all shares at the exit; non-participating preferred takes the larger of its preference and"
            + " converting. One class of preferred is modelled: the later rounds' shares count as common and their own"
            + " preferences are not added (an assumption that favours common at low exits).";

    static final String NO_PREFERENCES = "No liquidation preference is entered, so none is paid before common"
            + " shares: an assumption that overstates common at low exits, since venture investors usually hold at"
            + " least a 1× preference. Enter what investors put in to see the break-even exit.";

    static final String TABLE_LEFT_OUT = "The exit scenario table is left out until the scenarios can be valued: ";

    static final String OWNERSHIP_CONVENTION = "Ownership = shares ÷ fully diluted shares; after k rounds that each"
            + " sell d of the company it is ownership × (1 − d)^k.";

    public EquityAnalysis {
        scenarios = List.copyOf(scenarios);
        assumptions = List.copyOf(assumptions);
        conventions = List.copyOf(conventions);
    }

    /** True when the offer has options or a private company's RSUs, which this analysis is for. */
    public static boolean appliesTo(Offer offer) {
        return offer.equity() instanceof OptionGrant
                || offer.equity() instanceof RsuGrant rsu && rsu.isPrivate();
    }

    /** The analysis with the offer's own exit. */
    public static EquityAnalysis of(Offer offer, ValuationBasis override, ExerciseTaxContext taxContext) {
        return of(offer, override, null, taxContext);
    }

    /**
     * @param override the basis to value under instead of the offer's own, or null
     * @param exitValue a company value at exit to use instead of the offer's chosen exit, or null
     * @param taxContext the wages and tables to estimate the tax at exercise against, or null for no estimate
     * @throws IllegalArgumentException when the offer has no options or private-company RSUs
     *     ({@link #appliesTo}), or a private-company term is out of range (a dilution of 100 %, a negative
     *     multiple; the message names it), or the scenarios can't be valued while they are the basis
     */
    public static EquityAnalysis of(Offer offer, ValuationBasis override, Long exitValue,
                                    ExerciseTaxContext taxContext) {
        if (!appliesTo(offer)) {
            throw new IllegalArgumentException("the offer has no options or private-company shares to analyse");
        }
        Equity equity = offer.equity();
        PrivateCompany company = equity.company();
        if (exitValue != null) {
            company = company.withExit(exitValue, null);
            equity = equity.withCompany(company);
        }
        PrivateTerms.check(company);
        OptionGrant options = equity instanceof OptionGrant grant ? grant : null;
        BigDecimal strike = options == null ? null : options.strike();
        long shares = equity.shareCount();

        ShareValue shareValue = ShareValues.of(equity, override);
        CompanyFacts facts = CompanyFacts.of(equity);
        Set<String> assumptions = new LinkedHashSet<>(shareValue.assumptions());
        List<String> conventions = new ArrayList<>();
        conventions.add(shareValue.convention());

        Ownership ownership = null;
        List<ScenarioPayout> scenarios = List.of();
        BreakPoints breakPoints = null;
        ScenarioPayout chosenExit = company.exitPrice() == null ? null
                : perSharePayout(company.exitPrice(), shares, strike);
        if (facts.fullyDiluted() != null) {
            ownership = Ownership.of(shares, facts.fullyDiluted(), company.dilution());
            conventions.add(OWNERSHIP_CONVENTION);
            List<String> found = new ArrayList<>();
            BigDecimal preferredShares = ShareValues.preferredShares(company.preferences(), facts, found);
            assumptions.addAll(found);
            if (company.preferences().invested() == 0) {
                assumptions.add(NO_PREFERENCES);
            }
            BigDecimal atExit = ownership.fullyDilutedAtExit();
            breakPoints = BreakPoints.of(company.preferences(), preferredShares, atExit, strike);
            scenarios = scenarios(company, facts, preferredShares, atExit, shares, strike, assumptions);
            if (chosenExit == null && company.exitValue() != null) {
                chosenExit = payout(ValuationBasis.EXIT.label(), BigDecimal.valueOf(company.exitValue()),
                        BigDecimal.ONE, company, preferredShares, atExit, shares, strike);
            }
            conventions.add(WATERFALL_CONVENTION);
        }
        GrantValue grantValue = GrantValue.of(shareValue, shares, strike);
        Exercise exercise = options == null ? null : Exercises.of(options, offer.startDate(), taxContext);
        if (exercise != null && exercise.isoLimit() != null) {
            conventions.add(IsoLimits.CONVENTION);
            String priceAtGrant = IsoLimits.strikeAsPriceAtGrant(options);
            if (priceAtGrant != null) {
                assumptions.add(priceAtGrant);
            }
        }
        LiquiditySchedule liquidity = LiquiditySchedules.of(equity, facts, shareValue, assumptions);
        return new EquityAnalysis(options == null ? Kind.PRIVATE_SHARES : Kind.OPTIONS, shares, shareValue.basis(),
                facts, shareValue, ownership, grantValue, scenarios, chosenExit, breakPoints, exercise, liquidity,
                new ArrayList<>(assumptions), conventions);
    }

    /**
     * The scenario table, shown whatever the basis. When the basis is another, scenarios that can't be
     * valued leave the table empty with a note instead of blocking the analysis (under the scenarios
     * basis {@link ShareValues} has refused them already).
     */
    private static List<ScenarioPayout> scenarios(PrivateCompany company, CompanyFacts facts,
                                                  BigDecimal preferredShares, BigDecimal atExit, long shares,
                                                  BigDecimal strike, Set<String> assumptions) {
        List<ExitScenario> scenarios = company.scenarios();
        if (scenarios.isEmpty()) {
            if (facts.postMoney() == null) {
                return List.of();
            }
            if (!DefaultScenarios.valuable(facts.postMoney())) {
                assumptions.add(TABLE_LEFT_OUT + DefaultScenarios.VALUATION_TOO_HIGH + ".");
                return List.of();
            }
            scenarios = DefaultScenarios.at(facts.postMoney());
            assumptions.add(DefaultScenarios.LABEL);
        }
        String problem = PrivateTerms.scenarioProblem(scenarios);
        if (problem != null) {
            assumptions.add(TABLE_LEFT_OUT + problem + ".");
            return List.of();
        }
        BigDecimal total = scenarios.stream().map(ExitScenario::probabilityPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ScenarioPayout> payouts = new ArrayList<>();
        for (ExitScenario scenario : scenarios) {
            payouts.add(payout(scenario.name(), BigDecimal.valueOf(scenario.companyValue()),
                    scenario.probabilityPercent().divide(total, CompanyFacts.DIVISION), company, preferredShares,
                    atExit, shares, strike));
        }
        return payouts;
    }

    private static ScenarioPayout payout(String name, BigDecimal exitValue, BigDecimal probability,
                                         PrivateCompany company, BigDecimal preferredShares, BigDecimal atExit,
                                         long shares, BigDecimal strike) {
        Waterfall waterfall = Waterfall.at(exitValue, company.preferences(), atExit, preferredShares);
        return new ScenarioPayout(name, exitValue, probability, waterfall, waterfall.perCommonShare(),
                grantPayout(waterfall.perCommonShare(), shares, strike));
    }

    private static ScenarioPayout perSharePayout(BigDecimal price, long shares, BigDecimal strike) {
        return new ScenarioPayout(ValuationBasis.EXIT.label(), null, BigDecimal.ONE, null, price,
                grantPayout(price, shares, strike));
    }

    /** shares × per share, less the strike for options, never below 0. */
    static BigDecimal grantPayout(BigDecimal perShare, long shares, BigDecimal strike) {
        BigDecimal each = strike == null ? perShare : perShare.subtract(strike).max(BigDecimal.ZERO);
        return each.multiply(BigDecimal.valueOf(shares));
    }
}
