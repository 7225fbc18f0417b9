package com.counteroffer.domain.compensation;

import static com.counteroffer.domain.compensation.OfferBuilder.annual4;
import static com.counteroffer.domain.compensation.OfferBuilder.percents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.VestEvent;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompensationEngineTest {

    private static final ProjectionSettings FOUR_YEARS = ProjectionSettings.defaults();

    static void assertYears(Projection projection, Function<YearAmounts, BigDecimal> part, String... expected) {
        assertThat(projection.years()).extracting(part)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(Arrays.stream(expected).map(BigDecimal::new).toList());
    }

    @Test
    void theCheckExample() {
        // Base 200,000; bonus 15 % = 30,000; sign-on 50,000 in year 1; RSU 400,000 Amazon 5/15/40/40.
        // Year 1: 200,000 + 30,000 + 5 % × 400,000 = 20,000 + 50,000 = 300,000
        // Year 2: 200,000 + 30,000 + 15 % = 60,000                      = 290,000
        // Year 3: 200,000 + 30,000 + 40 % = 160,000                     = 390,000
        // Year 4: the same                                               = 390,000
        // Annualised: 200,000 + 400,000 ÷ 4 + 30,000 + 50,000 ÷ 4 = 342,500
        Projection projection = CompensationEngine.project(OfferBuilder.base(200_000).bonusPercent("15")
                .signOn(50_000, 1).rsu(400_000, VestingPreset.AMAZON).build(), FOUR_YEARS);

        assertYears(projection, YearAmounts::total, "300000", "290000", "390000", "390000");
        assertYears(projection, YearAmounts::equity, "20000", "60000", "160000", "160000");
        assertThat(projection.tcYear1()).isEqualByComparingTo("300000");
        assertThat(projection.tcAnnualized()).isEqualByComparingTo("342500");
        // Guaranteed: 4 × 200,000 + 50,000 = 850,000; at risk: 4 × 30,000 + 400,000 = 520,000.
        assertThat(projection.guaranteed()).isEqualByComparingTo("850000");
        assertThat(projection.atRisk()).isEqualByComparingTo("520000");
        assertThat(projection.horizonTotal()).isEqualByComparingTo("1370000");
        // The grant's last date is month 48 (year 4), so year 5 is steady: 200,000 + 30,000.
        assertThat(projection.steadyStateYear()).isEqualTo(5);
        assertThat(projection.tcSteadyState()).isEqualByComparingTo("230000");
        assertThat(projection.years()).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(VestingPreset.class)
    void eachPresetVestsItsYearlySharesOfA400kGrant(VestingPreset preset) {
        // 400,000 × each year's percent: Standard and Meta 100,000 a year; Amazon 20,000 / 60,000 /
        // 160,000 / 160,000; Google 132,000 / 132,000 / 88,000 / 48,000 or 152,000 / 128,000 / 80,000 /
        // 40,000; Nvidia 160,000 / 120,000 / 80,000 / 40,000.
        String[] expected = switch (preset) {
            case STANDARD, META -> new String[] {"100000", "100000", "100000", "100000"};
            case AMAZON -> new String[] {"20000", "60000", "160000", "160000"};
            case GOOGLE_33 -> new String[] {"132000", "132000", "88000", "48000"};
            case GOOGLE_38 -> new String[] {"152000", "128000", "80000", "40000"};
            case NVIDIA -> new String[] {"160000", "120000", "80000", "40000"};
        };
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).rsu(400_000, preset).build(),
                FOUR_YEARS);

        assertYears(projection, YearAmounts::equity, expected);
    }

    @Test
    void theStandardPresetVestsAQuarterAtTheCliffThenMonthly() {
        // 25 % at month 12, then 25 % ÷ 12 each month from 13 to 48: 1 + 36 dates.
        List<VestEvent> events = Vesting.of(VestingPreset.STANDARD).events();

        assertThat(events).hasSize(37);
        assertThat(events.get(0).month()).isEqualTo(12);
        assertThat(events.get(0).percent()).isEqualByComparingTo("25");
        assertThat(events.get(1).month()).isEqualTo(13);
    }

    @ParameterizedTest
    @EnumSource(Cadence.class)
    void aCustomScheduleWithACliffVestsEachYearsShareWhateverTheCadence(Cadence cadence) {
        // 10/20/30/40 of 400,000 with a 12-month cliff: 40,000 / 80,000 / 120,000 / 160,000, all of
        // year 1 landing on month 12 and the rest every 1, 3, 6 or 12 months.
        Vesting vesting = Vesting.custom(percents(10, 20, 30, 40), 12, cadence);
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).rsu(400_000, vesting).build(),
                FOUR_YEARS);

        assertYears(projection, YearAmounts::equity, "40000", "80000", "120000", "160000");
        assertThat(vesting.events().get(0).month()).isEqualTo(12);
        assertThat(vesting.events().get(0).percent()).isEqualByComparingTo("10");
        assertThat(vesting.events()).hasSize(1 + 3 * (12 / cadence.months()));
    }

    @Test
    void aCliffPastTheFirstYearMovesYearOneIntoYearTwo() {
        // 50/50 semi-annual with an 18-month cliff: 25 % at 6 and 12 wait for month 18 (75 %), then 25 % at 24.
        // Year 1: 0; year 2: 400,000.
        Vesting vesting = Vesting.custom(percents(50, 50), 18, Cadence.SEMI_ANNUAL);
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).rsu(400_000, vesting).build(),
                ProjectionSettings.defaults().withYears(2));

        assertThat(vesting.events()).extracting(VestEvent::month).containsExactly(18, 24);
        assertThat(vesting.events()).extracting(VestEvent::percent).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("75"), new BigDecimal("25"));
        assertYears(projection, YearAmounts::equity, "0", "400000");
    }

    @Test
    void aCliffBetweenCadenceDatesVestsWhatAccruedOnTheCliffItself() {
        // Quarterly 25 × 4 with a 7-month cliff: 6.25 % at months 3 and 6 wait for the cliff and vest
        // there (12.5 %); month 9's 6.25 % vests on time.
        Vesting quarterly = Vesting.custom(percents(25, 25, 25, 25), 7, Cadence.QUARTERLY);
        assertThat(quarterly.events().subList(0, 2)).extracting(VestEvent::month).containsExactly(7, 9);
        assertThat(quarterly.events().get(0).percent()).isEqualByComparingTo("12.5");
        assertThat(quarterly.events().get(1).percent()).isEqualByComparingTo("6.25");
        // Leaving at month 8 keeps the cliff's 12.5 % of 400,000 = 50,000.
        assertThat(CompensationEngine.leaveAt(OfferBuilder.base(0).rsu(400_000, quarterly).build(), 8,
                FOUR_YEARS).vestedEquity()).isEqualByComparingTo("50000");

        // Annual 25 × 4 with a 13-month cliff: month 12's 25 % waits for month 13, in year 2, so year 1
        // gets nothing and year 2 gets 25 % at 13 + 25 % at 24 = 200,000.
        Vesting annual = Vesting.custom(percents(25, 25, 25, 25), 13, Cadence.ANNUAL);
        assertThat(annual.events()).extracting(VestEvent::month).containsExactly(13, 24, 36, 48);
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).rsu(400_000, annual).build(),
                FOUR_YEARS);
        assertYears(projection, YearAmounts::equity, "0", "200000", "100000", "100000");
    }

    @Test
    void refreshersStackOneGrantPerYear() {
        // 100,000 a year from year 2, 25 % on each anniversary of its grant: grant k vests 25,000 in years
        // k to k + 3. Year 1: 0; year 2: 25,000; year 3: 50,000; year 4: 75,000; year 5: 100,000 (complete).
        Projection projection = CompensationEngine.project(OfferBuilder.base(0)
                .refresher(100_000, annual4(), false, 2).build(), ProjectionSettings.defaults().withYears(6));

        assertYears(projection, YearAmounts::refreshers, "0", "25000", "50000", "75000", "100000", "100000");
        assertYears(projection, YearAmounts::equity, "0", "0", "0", "0", "0", "0");
        assertThat(projection.steadyStateYear()).isEqualTo(5);
        assertThat(projection.tcSteadyState()).isEqualByComparingTo("100000");
        assertThat(projection.conventions()).anyMatch(s -> s.startsWith("Refreshers stack"));
    }

    @Test
    void guaranteedRefreshersAreKeptApartFromExpectedOnes() {
        // Guaranteed 50,000 and expected 100,000 a year from year 2, each 25 % a year: over 4 years each
        // vests 25 % × (1 + 2 + 3) = 150 % of a year's grant: 75,000 guaranteed, 150,000 expected.
        Projection projection = CompensationEngine.project(OfferBuilder.base(200_000).bonusPercent("15")
                .rsu(400_000, VestingPreset.AMAZON)
                .refresher(50_000, annual4(), true, 2)
                .refresher(100_000, annual4(), false, 2).build(), FOUR_YEARS);

        assertYears(projection, YearAmounts::refreshers, "0", "37500", "75000", "112500");
        assertThat(projection.guaranteedRefreshers()).isEqualByComparingTo("75000");
        // At risk: 4 × 30,000 bonus + 400,000 equity + 225,000 refreshers = 745,000.
        assertThat(projection.atRisk()).isEqualByComparingTo("745000");
        // Steady state: the initial grant ends in year 4, refresher stacks complete in year 2 + 4 − 1 = 5.
        // Year 5: 200,000 + 30,000 + 150,000 = 380,000.
        assertThat(projection.steadyStateYear()).isEqualTo(5);
        assertThat(projection.tcSteadyState()).isEqualByComparingTo("380000");
        assertThat(projection.conventions()).anyMatch(s -> s.contains("$75,000 of them over 4 years come from "
                + "guaranteed grants"));
    }

    @Test
    void aConstantGrowthRateCompoundsYearOnYear() {
        // +15 % a year, 400,000 vesting 25 % on each anniversary: 100,000 × 1.15 = 115,000;
        // × 1.3225 = 132,250; × 1.520875 = 152,087.5; × 1.74900625 = 174,900.625.
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).rsu(400_000, annual4()).build(),
                FOUR_YEARS.withGrowth(new BigDecimal("0.15")));

        assertYears(projection, YearAmounts::equity, "115000", "132250", "152087.5", "174900.625");
        assertThat(projection.conventions()).contains("The stock grows +15 % a year, compounding within each year;"
                + " price at vest = start price × Π(1 + growth).");
    }

    @Test
    void aFallingStockShrinksEveryVest() {
        // −30 % a year: factors 0.7, 0.49, 0.343, 0.2401 → 70,000 / 49,000 / 34,300 / 24,010.
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).rsu(400_000, annual4()).build(),
                FOUR_YEARS.withGrowth(new BigDecimal("-0.30")));

        assertYears(projection, YearAmounts::equity, "70000", "49000", "34300", "24010");
    }

    @Test
    void growthByYearUsesEachYearsRateAndKeepsTheLast() {
        // −30 % then +15 % (continuing): 0.7; 0.7 × 1.15 = 0.805; × 1.15 = 0.92575; × 1.15 = 1.0646125.
        // 100,000 × each: 70,000 / 80,500 / 92,575 / 106,461.25.
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).rsu(400_000, annual4()).build(),
                FOUR_YEARS.withGrowthByYear(List.of(new BigDecimal("-0.30"), new BigDecimal("0.15"))));

        assertYears(projection, YearAmounts::equity, "70000", "80500", "92575", "106461.25");
        assertThat(projection.conventions()).anyMatch(s -> s.startsWith("Stock growth by year: −30 %, +15 %"));
    }

    @Test
    void growthWithinAYearCompoundsMonthly() {
        // +21 % a year, 50 % at month 6 and 50 % at month 12 of 400,000:
        // 200,000 × 1.21^(6/12) = 200,000 × 1.1 = 220,000; 200,000 × 1.21 = 242,000; year 1 = 462,000.
        Vesting semiAnnual = Vesting.custom(percents(100), 0, Cadence.SEMI_ANNUAL);
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).rsu(400_000, semiAnnual).build(),
                ProjectionSettings.defaults().withYears(1).withGrowth(new BigDecimal("0.21")));

        assertThat(projection.year(1).equity().doubleValue()).isCloseTo(462_000, within(1e-6));
    }

    @Test
    void refreshersGrowFromTheirGrantPrice() {
        // +15 % a year, 100,000 a year from year 2, 25 % on each anniversary of its grant. Year 2: grant 2's
        // first quarter, 25,000 × 1.15 = 28,750. Year 3: grant 2's second, 25,000 × 1.3225 = 33,062.5, plus
        // grant 3's first, 28,750 = 61,812.5. Growth before a grant doesn't count: it is fixed in dollars.
        Projection projection = CompensationEngine.project(OfferBuilder.base(0)
                .refresher(100_000, annual4(), false, 2).build(),
                FOUR_YEARS.withYears(3).withGrowth(new BigDecimal("0.15")));

        assertYears(projection, YearAmounts::refreshers, "0", "28750", "61812.5");
    }

    private static OptionGrant options(String strike, String preferred, Long valuation, Long fullyDiluted) {
        return new OptionGrant(10_000, new BigDecimal(strike), new BigDecimal("5.00"),
                preferred == null ? null : new BigDecimal(preferred), valuation, fullyDiluted, 3, annual4());
    }

    @Test
    void optionsAtThe409aPrice() {
        // (5.00 − 2.00) × 10,000 = 30,000 in all; 7,500 a year. Annualised equity: 30,000 ÷ 4 = 7,500.
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).equity(options("2.00", "15.00",
                null, null)).build(), FOUR_YEARS);

        assertYears(projection, YearAmounts::equity, "7500", "7500", "7500", "7500");
        assertThat(projection.tcAnnualized()).isEqualByComparingTo("7500");
        assertThat(projection.conventions()).contains("Options: Valued at the 409A price of $5.00 a share. Each option"
                + " is worth that price minus the strike of $2.00, never below 0.");
    }

    @Test
    void optionsAtThePreferredPrice() {
        // (15.00 − 2.00) × 10,000 = 130,000; 32,500 a year.
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).equity(options("2.00", "15.00",
                null, null)).build(), FOUR_YEARS.withValuation(ValuationBasis.PREFERRED));

        assertYears(projection, YearAmounts::equity, "32500", "32500", "32500", "32500");
        assertThat(projection.conventions()).anyMatch(s -> s.startsWith("Options: Valued at the preferred price"
                + " of $15.00"));
    }

    @Test
    void optionsAtTheImpliedPriceWhenThePreferredOneIsMissing() {
        // 1,000,000,000 ÷ 100,000,000 = 10.00 a share; (10.00 − 2.00) × 10,000 = 80,000; 20,000 a year.
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).equity(options("2.00", null,
                1_000_000_000L, 100_000_000L)).build(), FOUR_YEARS.withValuation(ValuationBasis.PREFERRED));

        assertYears(projection, YearAmounts::equity, "20000", "20000", "20000", "20000");
        assertThat(projection.conventions()).anyMatch(s -> s.startsWith("Options: Valued at the preferred price of $10.00"));
    }

    @Test
    void optionsFallBackTo409aWhenNoPreferredOrImpliedPriceIsKnown() {
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).equity(options("2.00", null,
                null, null)).build(), FOUR_YEARS.withValuation(ValuationBasis.PREFERRED));

        assertYears(projection, YearAmounts::equity, "7500", "7500", "7500", "7500");
        assertThat(projection.conventions()).anyMatch(s -> s.startsWith("Assumption: Neither the preferred price"));
    }

    @Test
    void optionsUnderwaterAreWorthNothing() {
        // Strike 6.00 above the 409A price of 5.00: max(0, −1.00) = 0.
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).equity(options("6.00", null,
                null, null)).build(), FOUR_YEARS);

        assertYears(projection, YearAmounts::equity, "0", "0", "0", "0");
        assertThat(projection.tcAnnualized()).isEqualByComparingTo("0");
    }

    @Test
    void optionsGainMoreThanTheStockWhenItGrows() {
        // +15 %: price 5.75 at month 12, spread 3.75 × 2,500 = 9,375 (vs 7,500 without growth).
        Projection projection = CompensationEngine.project(OfferBuilder.base(0).equity(options("2.00", null,
                null, null)).build(), FOUR_YEARS.withYears(1).withGrowth(new BigDecimal("0.15")));

        assertThat(projection.year(1).equity()).isEqualByComparingTo("9375");
    }

    @Test
    void raisesBonusesMonthlySignOnAndTheAmountsReportedApart() {
        // Base 100,000 rising 10 %: 100,000 / 110,000 / 121,000. Bonus 10 % of each: 10,000 / 11,000 / 12,100.
        // Sign-on 24,000 monthly over 18 months: 12 ÷ 18 = 16,000 in year 1, 6 ÷ 18 = 8,000 in year 2.
        // Match 50 % on the first 6 % of base: 50 % × 6 % × base = 3,000; 3,300; 3,630.
        // Relocation 10,000 in year 1 only; benefits 15,000 a year; none of them in the total.
        Projection projection = CompensationEngine.project(OfferBuilder.base(100_000).raise("10").bonusPercent("10")
                .monthlySignOn(24_000, 1, 18).match("50", "6").relocation(10_000).benefits(15_000).build(),
                FOUR_YEARS.withYears(3));

        assertYears(projection, YearAmounts::base, "100000", "110000", "121000");
        assertYears(projection, YearAmounts::bonus, "10000", "11000", "12100");
        assertYears(projection, YearAmounts::signOn, "16000", "8000", "0");
        assertYears(projection, YearAmounts::match, "3000", "3300", "3630");
        assertYears(projection, YearAmounts::relocation, "10000", "0", "0");
        assertYears(projection, YearAmounts::benefits, "15000", "15000", "15000");
        assertYears(projection, YearAmounts::total, "126000", "129000", "133100");
        // Steady state: the sign-on's last part is month 18 (year 2), so year 3.
        assertThat(projection.steadyStateYear()).isEqualTo(3);
    }

    @Test
    void fiftyPercentOnTheFirstSixPercentOf210kIs6300() {
        // "50 % match up to 6 %": the employer adds 50 % of what you put in, counting your contributions
        // up to 6 % of pay. 6 % × 210,000 = 12,600 put in (under the 24,500 limit); 50 % of it = 6,300.
        // (Read as "at most 6 % of base" it was min(50 % × 24,500, 6 % × 210,000) = 12,250.)
        Projection projection = CompensationEngine.project(OfferBuilder.base(210_000).match("50", "6").build(),
                FOUR_YEARS.withYears(1));

        assertThat(projection.year(1).match()).isEqualByComparingTo("6300");
    }

    @Test
    void theConventionsSayWhichReadingOfTheMatchIsUsed() {
        Projection projection = CompensationEngine.project(OfferBuilder.base(210_000).match("50", "6").build(),
                FOUR_YEARS.withYears(1));

        assertThat(projection.conventions()).contains("401(k) match: 50 % of what you put in on the first 6 % of pay"
                + " (base salary) = 50 % × 6 % × $210,000 = $6,300 in year 1, assuming you put in at least 6 % of pay"
                + " (up to the 2026 limit of $24,500, IRC 402(g)).");
        assertThat(CompensationEngine.project(OfferBuilder.base(210_000).build(), FOUR_YEARS.withYears(1))
                .conventions()).noneMatch(sentence -> sentence.startsWith("401(k) match"));
    }

    @Test
    void aHundredPercentOnTheFirstFourPercentOf200kIs8000() {
        // 4 % × 200,000 = 8,000 put in; matched dollar for dollar.
        Projection projection = CompensationEngine.project(OfferBuilder.base(200_000).match("100", "4").build(),
                FOUR_YEARS.withYears(1));

        assertThat(projection.year(1).match()).isEqualByComparingTo("8000");
    }

    @Test
    void payAboveTheCompensationLimitIsNotCounted() {
        // Base 500,000: a plan counts pay up to the 2026 401(a)(17) limit of 360,000.
        // 6 % × 360,000 = 21,600 put in (under 24,500); 50 % of it = 10,800 (not 6 % × 500,000 × 50 % = 15,000).
        Projection projection = CompensationEngine.project(OfferBuilder.base(500_000).match("50", "6").build(),
                FOUR_YEARS.withYears(1));

        assertThat(projection.year(1).match()).isEqualByComparingTo("10800");
        assertThat(projection.conventions()).anyMatch(sentence -> sentence.startsWith("401(k) match:")
                && sentence.contains("50 % × 6 % × $360,000 = $10,800")
                && sentence.contains("pay above the 2026 limit of $360,000 (IRC 401(a)(17)) is not counted"));
    }

    @Test
    void theMatchStopsAtTheDeferralLimit() {
        // 100 % on the first 10 % of 300,000: 10 % × 300,000 = 30,000, but you can put in only 24,500
        // in 2026, so the match is 100 % × 24,500 = 24,500.
        Projection projection = CompensationEngine.project(OfferBuilder.base(300_000).match("100", "10").build(),
                FOUR_YEARS.withYears(1));

        assertThat(projection.year(1).match()).isEqualByComparingTo("24500");
        assertThat(projection.conventions()).anyMatch(sentence -> sentence.startsWith("401(k) match:")
                && sentence.contains("= 100 % × $24,500 = $24,500 in year 1"));
    }

    @Test
    void aYearlyDollarCapStopsTheMatch() {
        // 100 % on the first 6 % of 200,000 = 12,000, but the letter says "up to $5,000 a year": 5,000.
        // With a cap of 20,000 the cap does not bind: 12,000.
        Projection capped = CompensationEngine.project(OfferBuilder.base(200_000).match("100", "6", 5_000).build(),
                FOUR_YEARS.withYears(1));
        Projection loose = CompensationEngine.project(OfferBuilder.base(200_000).match("100", "6", 20_000).build(),
                FOUR_YEARS.withYears(1));

        assertThat(capped.year(1).match()).isEqualByComparingTo("5000");
        assertThat(capped.conventions()).anyMatch(sentence -> sentence.contains(
                "= 100 % × 6 % × $200,000, capped at $5,000 = $5,000 in year 1"));
        assertThat(loose.year(1).match()).isEqualByComparingTo("12000");
        assertThat(loose.conventions()).anyMatch(sentence -> sentence.contains("cap of $20,000 a year does not bind"));
    }

    @Test
    void aFixedBonusAndSignOnsInLaterYears() {
        // Bonus 25,000 a year; sign-on 20,000 in year 1 and 10,000 in year 2. Annualised:
        // 150,000 + 25,000 + 30,000 ÷ 4 = 182,500. Steady state: year 3 (after the last sign-on).
        Projection projection = CompensationEngine.project(OfferBuilder.base(150_000).bonusAmount(25_000)
                .signOn(20_000, 1).signOn(10_000, 2).build(), FOUR_YEARS);

        assertYears(projection, YearAmounts::total, "195000", "185000", "175000", "175000");
        assertThat(projection.tcAnnualized()).isEqualByComparingTo("182500");
        assertThat(projection.steadyStateYear()).isEqualTo(3);
        assertThat(projection.tcSteadyState()).isEqualByComparingTo("175000");
    }

    @Test
    void everyNamedViewIsExplained() {
        Projection projection = CompensationEngine.project(OfferBuilder.base(200_000).build(), FOUR_YEARS);

        assertThat(projection.conventions())
                .anyMatch(s -> s.startsWith("Year 1:"))
                .anyMatch(s -> s.startsWith("Annualised (Levels.fyi style)"))
                .anyMatch(s -> s.startsWith("Steady state with refreshers: year 1,"))
                .anyMatch(s -> s.startsWith("Guaranteed: base and sign-on"))
                .contains("No stock growth: equity is valued at the grant price.");
    }

    @Test
    void wholeDollarsRoundHalfUp() {
        assertThat(WholeDollars.of(new BigDecimal("83333.5"))).isEqualTo(83_334);
        assertThat(WholeDollars.of(new BigDecimal("83333.49"))).isEqualTo(83_333);
        assertThat(WholeDollars.of(new BigDecimal("-0.5"))).isEqualTo(-1);
    }
}
