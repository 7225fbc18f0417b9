package com.counteroffer.domain.compensation;

import static com.counteroffer.domain.compensation.CompensationEngineTest.assertYears;
import static com.counteroffer.domain.compensation.OfferBuilder.annual4;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Options and private-company shares valued under each basis, paper vs liquid, and leaving early (issue 18). */
class PrivateEquityProjectionTest {

    private static final ProjectionSettings FOUR_YEARS = ProjectionSettings.defaults();

    /** The AI-startup grant: 60,000 options at $4, 409A $4, preferred $12, 4 years with a 1-year cliff. */
    static OptionGrant startupOptions() {
        return new OptionGrant(60_000, new BigDecimal("4.00"), new BigDecimal("4.00"), new BigDecimal("12.00"),
                null, null, null, Vesting.of(VestingPreset.STANDARD));
    }

    private static Offer startup(OptionGrant grant) {
        return OfferBuilder.base(150_000).equity(grant).build();
    }

    @Test
    void theStartupsOptionsAreWorthNothingAtThe409aPrice() {
        // The strike equals the 409A price: max(0, 4 − 4) = 0 per option.
        Projection projection = CompensationEngine.project(startup(startupOptions()), FOUR_YEARS);

        assertYears(projection, YearAmounts::equity, "0", "0", "0", "0");
        assertThat(projection.tcAnnualized()).isEqualByComparingTo("150000");
        assertThat(projection.privateEquity().basis()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(projection.privateEquity().perUnit()).isEqualByComparingTo("0");
    }

    @Test
    void theStartupsOptionsAtThePreferredPrice() {
        // (12 − 4) × 60,000 = 480,000 over the grant; 480,000 ÷ 4 = 120,000 a year annualised.
        // Year 1: the cliff's 25 % = 120,000; years 2–4: 12 monthly vests of 25 % ÷ 12 each = 120,000.
        Projection projection = CompensationEngine.project(startup(startupOptions()),
                FOUR_YEARS.withValuation(ValuationBasis.PREFERRED));

        assertYears(projection, YearAmounts::equity, "120000", "120000", "120000", "120000");
        assertThat(projection.tcAnnualized()).isEqualByComparingTo("270000");
        assertThat(projection.privateEquity().grantValue()).isEqualByComparingTo("480000");
        // At risk: the 480,000 of options; guaranteed: 4 × 150,000 of base.
        assertThat(projection.atRisk()).isEqualByComparingTo("480000");
        assertThat(projection.guaranteed()).isEqualByComparingTo("600000");
        // Options sell only at an exit: all 480,000 is paper, the base is liquid.
        assertThat(projection.paper()).isEqualByComparingTo("480000");
        assertThat(projection.liquid()).isEqualByComparingTo("600000");
        assertThat(projection.conventions()).contains("Options: Valued at the preferred price of $12.00 a share."
                + " Each option is worth that price minus the strike of $4.00, never below 0.");
    }

    @Test
    void withoutAnOverrideEachOfferUsesItsOwnSavedValuation() {
        OptionGrant grant = startupOptions();
        Offer preferred = startup(grant.withCompany(grant.company().withValuation(ValuationBasis.PREFERRED)));

        assertThat(CompensationEngine.project(preferred, FOUR_YEARS).horizonTotal()).isEqualByComparingTo("1080000");
        // The override wins over the saved choice.
        assertThat(CompensationEngine.project(preferred, FOUR_YEARS.withValuation(ValuationBasis.FAIR_MARKET_VALUE))
                .horizonTotal()).isEqualByComparingTo("600000");
    }

    @Test
    void anExitPriceIsNotGrownByTheStockGrowth() {
        // Exit at $20 a share: (20 − 4) × 60,000 = 960,000 whatever the growth, since an exit is the end value.
        OptionGrant grant = startupOptions();
        Offer exit = startup(grant.withCompany(grant.company().withExit(null, new BigDecimal("20"))));
        ProjectionSettings settings = FOUR_YEARS.withValuation(ValuationBasis.EXIT);

        Projection flat = CompensationEngine.project(exit, settings);
        Projection growing = CompensationEngine.project(exit, settings.withGrowth(new BigDecimal("0.15")));

        assertThat(flat.horizonTotal().subtract(flat.guaranteed())).isEqualByComparingTo("960000");
        assertThat(growing.horizonTotal()).isEqualByComparingTo(flat.horizonTotal());
        assertThat(growing.conventions()).contains("Stock growth is not applied to an exit value: an exit already is"
                + " the end value.");
    }

    @Test
    void aPrivateCompanysRsusAreValuedAtTheChosenPrice() {
        // 1,000 shares at the $10 round price, 409A $3: 3,000 at the 409A price, 10,000 at the preferred price.
        RsuGrant units = new RsuGrant(null, 1_000L, new BigDecimal("10"), annual4(), new BigDecimal("3"), null,
                PrivateCompany.DEFAULTS);
        Offer offer = OfferBuilder.base(0).equity(units).build();

        assertYears(CompensationEngine.project(offer, FOUR_YEARS), YearAmounts::equity, "750", "750", "750", "750");
        assertYears(CompensationEngine.project(offer, FOUR_YEARS.withValuation(ValuationBasis.PREFERRED)),
                YearAmounts::equity, "2500", "2500", "2500", "2500");
    }

    @Test
    void aPublicCompanysRsusStayLiquidAndUnchanged() {
        Projection projection = CompensationEngine.project(OfferBuilder.base(100_000)
                .rsu(400_000, VestingPreset.STANDARD).build(), FOUR_YEARS.withValuation(ValuationBasis.PREFERRED));

        assertYears(projection, YearAmounts::equity, "100000", "100000", "100000", "100000");
        assertThat(projection.paper()).isEqualByComparingTo("0");
        assertThat(projection.liquid()).isEqualByComparingTo(projection.horizonTotal());
        assertThat(projection.privateEquity()).isNull();
    }

    @Test
    void tenderOffersMakePartOfThePrivateUnitsLiquid() {
        // 1,000 units, 250 vesting a year, 20 % of those held sold at tenders at months 12, 24, 36, 48, whole units:
        // 0.2 × 250 = 50; 0.2 × (500 − 50) = 90; 0.2 × (750 − 140) = 122; 0.2 × (1,000 − 262) = 147.6 → 147;
        // 409 sold at the preferred price $10 (no tender price) = 4,090 liquid; 591 held × $10 = 5,910 paper.
        Liquidity tenders = new Liquidity(Liquidity.Kind.TENDER, null, 12, 12, new BigDecimal("20"), null);
        PrivateCompany company = new PrivateCompany(ValuationBasis.PREFERRED, null, null, null, null, null, tenders);
        RsuGrant units = new RsuGrant(null, 1_000L, new BigDecimal("10"), annual4(), new BigDecimal("3"), null,
                company);

        Projection projection = CompensationEngine.project(OfferBuilder.base(0).equity(units).build(), FOUR_YEARS);

        assertThat(projection.paper()).isEqualByComparingTo("5910");
        assertThat(projection.liquid()).isEqualByComparingTo("4090");
    }

    @Test
    void tendersSellAtTheTenderPriceWhateverTheValuation() {
        // 10,000 units, round price $100, 409A $30, 2,500 vesting a year, 20 % of those held sold at yearly
        // tenders from month 12, no tender price so the preferred $100:
        // sold 500, 0.2 × (5,000 − 500) = 900, 0.2 × (7,500 − 1,400) = 1,220, 0.2 × (10,000 − 2,620) = 1,476
        // → 4,096 units; proceeds 50,000 / 90,000 / 122,000 / 147,600 = 409,600, not 4,096 × $30.
        // Paper: the 300,000 at the 409A price × (1 − 4,096 ÷ 10,000) = 177,120.
        Liquidity tenders = new Liquidity(Liquidity.Kind.TENDER, null, 12, 12, new BigDecimal("20"), null);
        PrivateCompany company = new PrivateCompany(ValuationBasis.FAIR_MARKET_VALUE, null, null, null, null, null,
                tenders);
        RsuGrant units = new RsuGrant(null, 10_000L, new BigDecimal("100"), annual4(), new BigDecimal("30"), null,
                company);
        Offer offer = OfferBuilder.base(0).equity(units).build();

        Projection projection = CompensationEngine.project(offer, FOUR_YEARS);

        assertYears(projection, YearAmounts::stockPaidOut, "50000", "90000", "122000", "147600");
        assertThat(projection.liquid()).isEqualByComparingTo("409600");
        assertThat(projection.paper()).isEqualByComparingTo("177120");
        // The equity command's schedule says the same.
        assertThat(EquityAnalysis.of(offer, null, null).liquidity().proceeds())
                .isEqualByComparingTo(projection.liquid());
        assertThat(projection.conventions()).anyMatch(c -> c.contains("sold at the tender price of $100.00"));
    }

    @Test
    void aFallbackIsLabelledWithTheValuationActuallyUsed() {
        // Preferred asked for, no preferred price (nor valuation and shares): the 409A $1.50 is used, and said.
        OptionGrant noPreferred = new OptionGrant(60_000, new BigDecimal("1.00"), new BigDecimal("1.50"), null,
                null, null, null, Vesting.of(VestingPreset.STANDARD));
        PrivateEquity options = CompensationEngine.project(startup(noPreferred),
                FOUR_YEARS.withValuation(ValuationBasis.PREFERRED)).privateEquity();
        // 409A asked for, private units without a 409A price: the $100 round price is used, and said.
        RsuGrant units = new RsuGrant(null, 10_000L, new BigDecimal("100"), annual4(), null, null,
                PrivateCompany.DEFAULTS);
        PrivateEquity shares = CompensationEngine.project(OfferBuilder.base(0).equity(units).build(), FOUR_YEARS)
                .privateEquity();

        assertThat(options.basis()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(options.atWords()).isEqualTo("at the 409A price of $1.50");
        assertThat(options.assumptions()).anyMatch(a -> a.contains("409A price is used"));
        assertThat(shares.basis()).isEqualTo(ValuationBasis.PREFERRED);
        assertThat(shares.atWords()).isEqualTo("at the preferred price of $100.00");
    }

    @Test
    void vestedOptionsAreCountedInWholeUnitsRoundedDownAsTheEquityAnalysisCountsThem() {
        // 1,000 options, month 13: 25 % + 25 ÷ 12 % = 27.083 % → 270.83 options → 270 vested, 730 left.
        OptionGrant grant = new OptionGrant(1_000, new BigDecimal("1.00"), new BigDecimal("4.00"), null, null, null,
                null, Vesting.of(VestingPreset.STANDARD));

        LeaveOutcome leave = CompensationEngine.leaveAt(startup(grant), 13, FOUR_YEARS);

        assertThat(leave.units().vested()).isEqualTo(270);
        assertThat(leave.units().forfeited()).isEqualTo(730);
        assertThat(leave.exerciseCost()).isEqualByComparingTo("270");
    }

    @Test
    void aPrivateCompanysRefreshersFollowTheGrantsValuation() {
        // Units at the $10 round price, 409A $3; a $40,000 refresher a year from year 2, 25 % vesting a year.
        // Year 2 vests 25 % of the year-2 refresher: 10,000 at today's price × (3 ÷ 10) = 3,000 at the 409A price,
        // × (10 ÷ 10) = 10,000 at the preferred price, × (20 ÷ 10) = 20,000 at a $20 exit, grown or not.
        RsuGrant units = new RsuGrant(null, 1_000L, new BigDecimal("10"), annual4(), new BigDecimal("3"), null,
                PrivateCompany.DEFAULTS.withExit(null, new BigDecimal("20")));
        Offer offer = OfferBuilder.base(0).equity(units).refresher(40_000, annual4(), false, 2).build();

        assertThat(CompensationEngine.project(offer, FOUR_YEARS).year(2).refreshers()).isEqualByComparingTo("3000");
        assertThat(CompensationEngine.project(offer, FOUR_YEARS.withValuation(ValuationBasis.PREFERRED)).year(2)
                .refreshers()).isEqualByComparingTo("10000");
        Projection exit = CompensationEngine.project(offer, FOUR_YEARS.withValuation(ValuationBasis.EXIT)
                .withGrowth(new BigDecimal("0.15")));
        assertThat(exit.year(2).refreshers()).isEqualByComparingTo("20000");
        assertThat(exit.conventions()).anyMatch(c -> c.startsWith("Refreshers are private-company stock stated at"
                + " today's price of $10.00 a share, so each dollar of them counts as 2 (the valuation's $20.00"));
    }

    @Test
    void leavingBeforeTheCliffForfeitsEveryOption() {
        // Month 10, before the 12-month cliff: all 60,000 left behind, (12 − 4) × 60,000 = 480,000 at preferred.
        LeaveOutcome leave = CompensationEngine.leaveAt(startup(startupOptions()), 10,
                FOUR_YEARS.withValuation(ValuationBasis.PREFERRED));

        assertThat(leave.units().forfeited()).isEqualTo(60_000);
        assertThat(leave.units().vested()).isZero();
        assertThat(leave.forfeitedEquity()).isEqualByComparingTo("480000");
        assertThat(leave.exerciseCost()).isEqualByComparingTo("0");
        assertThat(leave.units().valued().atWords()).isEqualTo("at the preferred price of $12.00");
    }

    @Test
    void leavingAfterTwoYearsCostsTheStrikeOnTheVestedOptionsWithinTheWindow() {
        // Month 24: 25 % + 12 × 25/12 % = 50 % vested = 30,000 options; 30,000 × $4 = 120,000 to exercise
        // within the usual 3 months, by month 27. 30,000 left, worth 8 × 30,000 = 240,000 at preferred.
        LeaveOutcome leave = CompensationEngine.leaveAt(startup(startupOptions()), 24,
                FOUR_YEARS.withValuation(ValuationBasis.PREFERRED));

        assertThat(leave.units().vested()).isEqualTo(30_000);
        assertThat(leave.units().forfeited()).isEqualTo(30_000);
        assertThat(leave.exerciseCost()).isEqualByComparingTo("120000");
        assertThat(leave.units().exerciseWindowMonths()).isEqualTo(3);
        assertThat(leave.units().exerciseDeadlineMonth()).isEqualTo(27);
        assertThat(leave.forfeitedEquity()).isEqualByComparingTo("240000");
    }
}
