package com.counteroffer.domain.equity;

import static com.counteroffer.domain.equity.EquityOffers.company;
import static com.counteroffer.domain.equity.EquityOffers.dollars;
import static com.counteroffer.domain.equity.EquityOffers.offer;
import static com.counteroffer.domain.equity.EquityOffers.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis of an options grant, worked by hand. */
class EquityAnalysisTest {

    /** 1× non-participating on $20M invested; preferred is 25 % of the company. */
    private static final Preferences ONE_X = new Preferences(20_000_000, BigDecimal.ONE, false, BigDecimal.valueOf(25));
    private static final Dilution NONE_MORE = new Dilution(BigDecimal.valueOf(20), 0);

    @Test
    void theIssuesStartupOfferIsWorthNothingAt409aAndTheSpreadAtThePreferredPrice() {
        // 60,000 options at a $4 strike: at the $4 409A the spread is $0; at the $12 preferred price
        // it is 60,000 × ($12 − $4) = $480,000.
        Offer startup = offer(options(60_000, "4", "4", "12", null, OptionType.ISO, false, PrivateCompany.DEFAULTS));

        EquityAnalysis at409a = EquityAnalysis.of(startup, null, null);
        EquityAnalysis atPreferred = EquityAnalysis.of(startup, ValuationBasis.PREFERRED, null);

        assertThat(at409a.basis()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(at409a.grantValue().expected()).isEqualByComparingTo("0");
        assertThat(atPreferred.grantValue().expected()).isEqualByComparingTo("480000");
        assertThat(atPreferred.grantValue().worst().grantValue()).isEqualByComparingTo("480000");
        assertThat(atPreferred.grantValue().best().grantValue()).isEqualByComparingTo("480000");
        // Carta's $0 lower bound comes with its caution against reading an expected value as the outcome.
        assertThat(atPreferred.grantValue().lowerBound()).contains("$0", "Carta", "expected value",
                "don't treat");
        // Cost to exercise everything: 60,000 × $4 = $240,000; a quarter vests at the 1-year cliff.
        assertThat(atPreferred.exercise().costAll()).isEqualByComparingTo("240000");
        assertThat(atPreferred.exercise().byYear().get(0).vestedShares()).isEqualTo(15_000);
        assertThat(atPreferred.exercise().byYear().get(0).cost()).isEqualByComparingTo("60000");
        // Without the fully diluted shares there is no ownership or waterfall, and no figure pretends otherwise.
        assertThat(atPreferred.ownership()).isNull();
        assertThat(atPreferred.scenarios()).isEmpty();
    }

    @Test
    void ownershipAndDilutionOverThreeRounds() {
        // 100,000 of 10,000,000 shares = 1 %; three rounds selling 20 % each leave 1 × 0.8 = 0.8 %,
        // then 0.64 %, then 0.512 %; the shares at exit are 10,000,000 ÷ 0.8³ = 19,531,250.
        Offer offer = offer(options(100_000, "1", "1", "5", 10_000_000L, OptionType.ISO, false,
                company(ValuationBasis.PREFERRED, Preferences.NONE, new Dilution(BigDecimal.valueOf(20), 3),
                        List.of())));

        Ownership ownership = EquityAnalysis.of(offer, null, null).ownership();

        assertThat(ownership.percentToday()).isEqualByComparingTo("1");
        assertThat(ownership.path()).extracting(Ownership.Step::round).containsExactly(0, 1, 2, 3);
        assertThat(ownership.path()).extracting(Ownership.Step::percent)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1"), new BigDecimal("0.8"), new BigDecimal("0.64"),
                        new BigDecimal("0.512"));
        assertThat(ownership.percentAtExit()).isEqualByComparingTo("0.512");
        assertThat(ownership.fullyDilutedAtExit()).isEqualByComparingTo("19531250");
    }

    @Test
    void expectedWorstMedianAndBestOverScenarios() {
        // 10,000,000 shares, 2,500,000 of them preferred with $20M of 1× non-participating preference,
        // no more rounds. 100,000 options at a $1 strike.
        //   Fails, $0 (40 %):      common gets $0                              → grant $0
        //   Sale, $50M (40 %):     ($50M − $20M) ÷ 7,500,000 = $4.00 a share    → ($4 − $1) × 100,000 = $300,000
        //   Big exit, $200M (20 %): converting beats $20M: $200M ÷ 10M = $20.00 → $19 × 100,000 = $1,900,000
        // Expected = 0.4 × 300,000 + 0.2 × 1,900,000 = 120,000 + 380,000 = $500,000;
        // worst $0, median the sale (40 % then 80 % counted from the least), best $1,900,000.
        List<ExitScenario> scenarios = List.of(
                new ExitScenario("Fails", 0, BigDecimal.valueOf(40)),
                new ExitScenario("Sale", 50_000_000, BigDecimal.valueOf(40)),
                new ExitScenario("Big exit", 200_000_000, BigDecimal.valueOf(20)));
        Offer offer = offer(options(100_000, "1", "1", "8", 10_000_000L, OptionType.ISO, false,
                company(ValuationBasis.SCENARIOS, ONE_X, NONE_MORE, scenarios)));

        EquityAnalysis analysis = EquityAnalysis.of(offer, null, null);

        GrantValue value = analysis.grantValue();
        assertThat(value.expected()).isEqualByComparingTo("500000");
        assertThat(value.worst().name()).isEqualTo("Fails");
        assertThat(value.worst().grantValue()).isEqualByComparingTo("0");
        assertThat(value.median().name()).isEqualTo("Sale");
        assertThat(value.median().grantValue()).isEqualByComparingTo("300000");
        assertThat(value.best().grantValue()).isEqualByComparingTo("1900000");
        assertThat(analysis.scenarios()).extracting(ScenarioPayout::grantPayout)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0"), new BigDecimal("300000"), new BigDecimal("1900000"));
        assertThat(analysis.scenarios().get(2).waterfall().converted()).isTrue();
        // Break-even $20M; preferred converts above $20M × 10M ÷ 2.5M = $80M; a share pays the $1 strike
        // at $20M + $1 × 7,500,000 = $27.5M.
        assertThat(analysis.breakPoints().breakEvenExit()).isEqualByComparingTo("20000000");
        assertThat(analysis.breakPoints().conversionExit()).isEqualByComparingTo("80000000");
        assertThat(analysis.breakPoints().inTheMoneyExit()).isEqualByComparingTo("27500000");
    }

    @Test
    void worstMedianAndBestAreChosenOnlyAmongOutcomesThatCanHappen() {
        // The sale is certain; failing and the moon are typed at 0 %. The sale pays ($50M − $20M) ÷ 7,500,000
        // = $4 a share, ($4 − $1) × 100,000 = $300,000: the worst, median and best alike.
        List<ExitScenario> scenarios = List.of(
                new ExitScenario("Fails", 0, BigDecimal.ZERO),
                new ExitScenario("Sale", 50_000_000, BigDecimal.valueOf(100)),
                new ExitScenario("Moon", 1_000_000_000, BigDecimal.ZERO));
        Offer offer = offer(options(100_000, "1", "1", "8", 10_000_000L, OptionType.ISO, false,
                company(ValuationBasis.SCENARIOS, ONE_X, NONE_MORE, scenarios)));

        GrantValue value = EquityAnalysis.of(offer, null, null).grantValue();

        assertThat(value.expected()).isEqualByComparingTo("300000");
        assertThat(List.of(value.worst(), value.median(), value.best())).extracting(GrantValue.Outcome::name)
                .containsOnly("Sale");
        assertThat(value.worst().grantValue()).isEqualByComparingTo("300000");
        assertThat(value.best().grantValue()).isEqualByComparingTo("300000");
    }

    @Test
    void aScenarioTableThatCantBeValuedLeavesTheTableEmptyUnlessTheScenariosAreTheBasis() {
        // The scenarios' chances add up to 0 %: valued at the 409A price, the table is left out and said so;
        // valued over the scenarios, the grant can't be valued at all.
        List<ExitScenario> noChance = List.of(new ExitScenario("Sale", 50_000_000, BigDecimal.ZERO));
        Offer offer = offer(options(1_000, "1", "1", "8", 10_000_000L, OptionType.ISO, false,
                company(ValuationBasis.FAIR_MARKET_VALUE, ONE_X, NONE_MORE, noChance)));

        EquityAnalysis at409a = EquityAnalysis.of(offer, null, null);

        assertThat(at409a.grantValue().expected()).isEqualByComparingTo("0");
        assertThat(at409a.scenarios()).isEmpty();
        assertThat(at409a.breakPoints()).isNotNull();
        assertThat(at409a.assumptions()).anyMatch(line -> line.contains("scenario table")
                && line.contains("0 %"));
        assertThatThrownBy(() -> EquityAnalysis.of(offer, ValuationBasis.SCENARIOS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probabilities");
    }

    @Test
    void aChosenExitValueReplacesTheOffersAndIsValuedThroughTheWaterfall() {
        // An exit of $50M: ($50M − $20M) ÷ 7,500,000 = $4 a share; 100,000 × ($4 − $1) = $300,000.
        Offer offer = offer(options(100_000, "1", "1", "8", 10_000_000L, OptionType.ISO, false,
                company(ValuationBasis.EXIT, ONE_X, NONE_MORE, List.of())));

        EquityAnalysis analysis = EquityAnalysis.of(offer, null, 50_000_000L, null);

        assertThat(analysis.basis()).isEqualTo(ValuationBasis.EXIT);
        assertThat(analysis.chosenExit().companyValue()).isEqualByComparingTo("50000000");
        assertThat(analysis.chosenExit().perCommonShare()).isEqualByComparingTo("4");
        assertThat(analysis.grantValue().expected()).isEqualByComparingTo("300000");
    }

    @Test
    void theDefaultScenariosAreUsedAndLabelledWhenTheOfferHasNone() {
        // Valuation $100M (10M shares at $10), no preference typed: fails 65 % at $0, 25 % at $200M ($20 a
        // share), 6 % at $500M ($50), 4 % at $1B ($100). Expected price = 0.25 × 20 + 0.06 × 50 + 0.04 × 100
        // = 5 + 3 + 4 = $12 a share, 1.2× today's price.
        Offer offer = offer(options(1_000, "10", "10", "10", 10_000_000L, OptionType.ISO, false,
                company(ValuationBasis.SCENARIOS, Preferences.NONE, NONE_MORE, List.of())));

        EquityAnalysis analysis = EquityAnalysis.of(offer, null, null);

        assertThat(analysis.scenarios()).extracting(ScenarioPayout::name)
                .containsExactly("Fails", "Modest acquisition", "Strong exit", "Outlier");
        assertThat(analysis.shareValue().expectedPrice()).isEqualByComparingTo("12");
        assertThat(analysis.assumptions()).anyMatch(line -> line.contains("Correlation Ventures"));
        // The defaults' label is said once, not once for the share value and again for the table.
        assertThat(analysis.assumptions().stream().filter(line -> line.contains("Correlation Ventures")))
                .hasSize(1);
    }

    @Test
    void anOfferWithoutOptionsOrPrivateSharesIsRefused() {
        Offer publicRsus = offer(RsuGrant.ofValue(400_000, EquityOffers.standard()));
        assertThat(EquityAnalysis.appliesTo(publicRsus)).isFalse();
        assertThatThrownBy(() -> EquityAnalysis.of(publicRsus, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EquityAnalysis.appliesTo(Offer.basic("Plain", 100_000))).isFalse();
    }

    @Test
    void privateUnitsAreValuedAsSharesWithoutAnExercise() {
        // 1,000 units at a $150 preferred price: 1,000 × $150 = $150,000, nothing to exercise.
        RsuGrant units = EquityOffers.privateUnits(1_000, "150", null, EquityOffers.annual4(),
                company(ValuationBasis.PREFERRED, Preferences.NONE, NONE_MORE, List.of()));

        EquityAnalysis analysis = EquityAnalysis.of(offer(units), null, null);

        assertThat(analysis.kind()).isEqualTo(EquityAnalysis.Kind.PRIVATE_SHARES);
        assertThat(analysis.exercise()).isNull();
        assertThat(analysis.grantValue().expected()).isEqualByComparingTo(dollars("150000"));
    }
}
