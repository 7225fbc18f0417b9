package com.counteroffer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.compensation.LeaveOutcome;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareEngineTest {

    /** Base 250,000 and nothing else: 250k every year. */
    static final CompareEntry FLAT = new CompareEntry("flat", Offer.basic("Steady Corp", 250_000), null);

    /** Base 200,000 + RSUs 400,000 on Amazon 5/15/40/40: 220k, 260k, 360k, 360k. */
    static final CompareEntry BACK_LOADED = new CompareEntry("back", offer("Northwind Cloud", 200_000,
            RsuGrant.ofValue(400_000, Vesting.of(VestingPreset.AMAZON)), List.of(), Clawback.NONE), null);

    @Test
    void aBackLoadedOfferOvertakesAFlatOneInYearThree() {
        Comparison comparison = CompareEngine.compare(List.of(FLAT, BACK_LOADED), ProjectionSettings.defaults(), null);

        // running totals: flat 250, 500, 750, 1,000; back-loaded 220, 480, 840, 1,200 (thousands)
        assertThat(cumulative(comparison, "flat")).containsExactly(250_000L, 500_000L, 750_000L, 1_000_000L);
        assertThat(cumulative(comparison, "back")).containsExactly(220_000L, 480_000L, 840_000L, 1_200_000L);
        assertThat(comparison.crossoverYear()).isEqualTo(3);
        assertThat(comparison.bestByHorizonTotal()).isEqualTo("back");
        // yearly: flat 250 every year; back-loaded 220, 260, 360, 360
        assertThat(comparison.leaderSentences()).containsExactly(
                "Year by year, Steady Corp pays the most in year 1 and Northwind Cloud in years 2–4.",
                "Running total: Northwind Cloud overtakes Steady Corp in year 3 ($840,000 against $750,000) and stays "
                        + "ahead through year 4.");
        assertThat(comparison.insights()).containsSubsequence(comparison.leaderSentences());
        assertThat(comparison.insights()).anySatisfy(s -> assertThat(s)
                .startsWith("Northwind Cloud: back-loaded vesting (Amazon 5/15/40/40): only 5 % of the grant vests in year 1"));
        // flat: all 1,000,000 guaranteed; back-loaded: 800,000 of 1,200,000 = 67 %
        assertThat(comparison.insights()).contains(
                "All of Steady Corp's 4-year total is guaranteed ($1,000,000 of base and sign-on): nothing rides on bonus or the stock.",
                "67 % of Northwind Cloud's 4-year total is guaranteed ($800,000 of base and sign-on); the rest depends on bonus and the stock.");
    }

    @Test
    void theBreakEvenGrowthIsWhereBothOffersPayTheSame() {
        Comparison comparison = CompareEngine.compare(List.of(FLAT, BACK_LOADED), ProjectionSettings.defaults(), null);

        // The back-loaded offer needs its 400,000 grant to be worth only 200,000 over four years to
        // tie with the flat one (800,000 base + 200,000 = 1,000,000): the stock must fall.
        BigDecimal breakeven = comparison.breakevenGrowth();
        assertThat(breakeven).isNotNull().isNegative().isGreaterThan(new BigDecimal("-0.9"));
        BigDecimal gap = CompareEngine.difference(BACK_LOADED, FLAT, ProjectionSettings.defaults(), breakeven);
        assertThat(gap.abs()).as("recomputed at the break-even rate").isLessThan(new BigDecimal("150"));
        // on either side, the ranking differs
        assertThat(CompareEngine.difference(BACK_LOADED, FLAT, ProjectionSettings.defaults(),
                breakeven.add(new BigDecimal("0.01"))).signum()).isPositive();
        assertThat(CompareEngine.difference(BACK_LOADED, FLAT, ProjectionSettings.defaults(),
                breakeven.subtract(new BigDecimal("0.01"))).signum()).isNegative();
    }

    @Test
    void withoutEquityTheRankingNeverFlips() {
        CompareEntry other = new CompareEntry("other", Offer.basic("Other", 240_000), null);
        Comparison comparison = CompareEngine.compare(List.of(FLAT, other), ProjectionSettings.defaults(), null);
        assertThat(comparison.breakevenGrowth()).isNull();
        assertThat(comparison.crossoverYear()).isNull();
    }

    @Test
    void anOfferThatPaysMoreEveryYearLeadsEveryYearInBothSenses() {
        // 250,000 against 240,000 every year: running totals 250k/240k, 500k/480k, … so Steady Corp
        // leads each year's total and the running total in all four years.
        CompareEntry other = new CompareEntry("other", Offer.basic("Other", 240_000), null);
        Comparison comparison = CompareEngine.compare(List.of(other, FLAT), ProjectionSettings.defaults(), null);

        for (int year = 1; year <= 4; year++) {
            assertThat(comparison.yearlyLeaders(year)).as("year %d", year).containsExactly("flat");
            assertThat(comparison.runningLeaders(year)).as("year %d", year).containsExactly("flat");
        }
        assertThat(comparison.leaderChanges()).isEmpty();
        assertThat(comparison.crossoverYear()).isNull();
        assertThat(comparison.leaderSentences()).containsExactly(
                "Steady Corp leads in every year of the horizon, both by each year's total and by running total.");
        assertThat(comparison.insights()).contains(comparison.leaderSentences().get(0));
    }

    @Test
    void leavingAtMonthTenRepaysTheSignOnAndForfeitsTheUnvestedGrant() {
        // Base 240,000, sign-on 50,000 in year 1 repayable in full within 12 months, RSUs 400,000
        // on the standard 1-year cliff. Leaving after 10 months: base 240,000 × 10/12 = 200,000;
        // no bonus year completed; nothing vested before the cliff; sign-on 50,000 received and
        // 50,000 repaid; the whole 400,000 grant left behind.
        CompareEntry clawed = new CompareEntry("clawed", offer("Lattice AI", 240_000,
                RsuGrant.ofValue(400_000, Vesting.of(VestingPreset.STANDARD)),
                List.of(SignOnPayment.lumpSum(50_000, 1)), new Clawback(12, 0)), null);

        Comparison comparison = CompareEngine.compare(List.of(FLAT, clawed), ProjectionSettings.defaults(), 10);
        LeaveOutcome leave = comparison.offer("clawed").orElseThrow().leave();

        assertThat(WholeDollars.of(leave.base())).isEqualTo(200_000);
        assertThat(WholeDollars.of(leave.clawback())).isEqualTo(50_000);
        assertThat(WholeDollars.of(leave.netPaid())).isEqualTo(200_000);
        assertThat(WholeDollars.of(leave.forfeited())).isEqualTo(400_000);
        assertThat(comparison.insights()).contains("Leaving Lattice AI after 10 months pays $200,000 after repaying "
                + "$50,000 of sign-on and leaves $400,000 of unvested equity behind.");
    }

    @Test
    void perOfferGrowthChangesOnlyThatOffer() {
        CompareEntry falling = new CompareEntry("back", BACK_LOADED.offer(), new BigDecimal("-0.30"));
        Comparison comparison = CompareEngine.compare(List.of(FLAT, falling), ProjectionSettings.defaults(), null);
        assertThat(cumulative(comparison, "flat").get(3)).isEqualTo(1_000_000L);
        assertThat(cumulative(comparison, "back").get(3)).isLessThan(1_200_000L);
    }

    /** Base 400,000 and nothing else: 400k every year. */
    static final CompareEntry NORTHWIND = new CompareEntry("northwind", Offer.basic("Northwind", 400_000), null);

    /** Base 300,000 with an 8 % raise each year: 300k, 324k, 349.9k, 377.9k, 408.1k, 440.8k, 476.1k. */
    static final CompareEntry CONTOSO = new CompareEntry("contoso", raising("Contoso", 300_000, "8"), null);

    @Test
    void anOfferThatPaysMoreInLaterYearsIsNamedThoughItNeverLeadsTheRunningTotal() {
        // The reported defect: over 7 years Contoso pays more than Northwind in each of years 5–7,
        // while Northwind keeps the higher running total in every year.
        //
        //  year   Northwind   Contoso (300,000 × 1.08^(y−1))   running: Northwind   Contoso      gap
        //   1     400,000     300,000                                   400,000     300,000     100,000
        //   2     400,000     324,000                                   800,000     624,000     176,000
        //   3     400,000     349,920                                 1,200,000     973,920     226,080
        //   4     400,000     377,913.60                              1,600,000   1,351,833.60  248,166.40
        //   5     400,000     408,146.69                              2,000,000   1,759,980.29  240,019.71
        //   6     400,000     440,798.42                              2,400,000   2,200,778.71  199,221.29
        //   7     400,000     476,062.30                              2,800,000   2,676,841.01  123,158.99
        Comparison comparison = CompareEngine.compare(List.of(NORTHWIND, CONTOSO),
                ProjectionSettings.defaults().withYears(7), null);

        assertThat(comparison.insights()).noneSatisfy(s -> assertThat(s).containsIgnoringCase("every year"));
        assertThat(comparison.insights()).anySatisfy(s -> assertThat(s).contains("Contoso").contains("years 5–7"));

        for (int year = 1; year <= 7; year++) {
            assertThat(comparison.yearlyLeaders(year)).as("year %d", year)
                    .containsExactly(year <= 4 ? "northwind" : "contoso");
            assertThat(comparison.runningLeaders(year)).as("year %d", year).containsExactly("northwind");
        }
        assertThat(comparison.leaderChanges()).containsExactly(
                new LeaderChange(LeaderChange.Basis.YEARLY, 5, "northwind", "contoso"));
        assertThat(comparison.leaderChanges(LeaderChange.Basis.RUNNING)).isEmpty();
        assertThat(comparison.crossoverYear()).isNull();
        assertThat(comparison.leaderSentences()).containsExactly(
                "Year by year, Northwind pays the most in years 1–4 and Contoso in years 5–7.",
                "Running total: Northwind stays ahead through year 7 (Contoso closes the gap to $123,159).");
        assertThat(comparison.insights()).containsSubsequence(comparison.leaderSentences());
    }

    @Test
    void everyChangeOfLeaderAmongThreeOffersIsNamed() {
        // Fabrikam: base 200,000 + sign-on 250,000 in year 1. Steady: base 300,000. Contoso: base
        // 250,000 raised 10 % a year.
        //
        //  year   yearly: Fabrikam  Steady   Contoso     running: Fabrikam  Steady     Contoso
        //   1            450,000   300,000  250,000               450,000   300,000    250,000
        //   2            200,000   300,000  275,000               650,000   600,000    525,000
        //   3            200,000   300,000  302,500               850,000   900,000    827,500
        //   4            200,000   300,000  332,750             1,050,000 1,200,000  1,160,250
        //   5            200,000   300,000  366,025             1,250,000 1,500,000  1,526,275
        //   6            200,000   300,000  402,627.50          1,450,000 1,800,000  1,928,902.50
        //   7            200,000   300,000  442,890.25          1,650,000 2,100,000  2,371,792.75
        //
        // Yearly leader: Fabrikam, Steady (year 2), Contoso (from year 3). Running leader: Fabrikam,
        // Steady (from year 3), Contoso (from year 5).
        CompareEntry fabrikam = new CompareEntry("fabrikam", offer("Fabrikam", 200_000, null,
                List.of(SignOnPayment.lumpSum(250_000, 1)), Clawback.NONE), null);
        CompareEntry steady = new CompareEntry("steady", Offer.basic("Steady Corp", 300_000), null);
        CompareEntry contoso = new CompareEntry("contoso", raising("Contoso", 250_000, "10"), null);

        Comparison comparison = CompareEngine.compare(List.of(fabrikam, steady, contoso),
                ProjectionSettings.defaults().withYears(7), null);

        assertThat(cumulative(comparison, "contoso").get(4)).isEqualTo(1_526_275L);
        assertThat(comparison.leaderChanges(LeaderChange.Basis.RUNNING)).containsExactly(
                new LeaderChange(LeaderChange.Basis.RUNNING, 3, "fabrikam", "steady"),
                new LeaderChange(LeaderChange.Basis.RUNNING, 5, "steady", "contoso"));
        assertThat(comparison.leaderChanges()).containsExactly(
                new LeaderChange(LeaderChange.Basis.YEARLY, 2, "fabrikam", "steady"),
                new LeaderChange(LeaderChange.Basis.YEARLY, 3, "steady", "contoso"),
                new LeaderChange(LeaderChange.Basis.RUNNING, 3, "fabrikam", "steady"),
                new LeaderChange(LeaderChange.Basis.RUNNING, 5, "steady", "contoso"));
        assertThat(comparison.crossoverYear()).isEqualTo(3);
        assertThat(comparison.leaderSentences()).containsExactly(
                "Year by year, Fabrikam pays the most in year 1, Steady Corp in year 2 and Contoso in years 3–7.",
                "Running total: Steady Corp overtakes Fabrikam in year 3 ($900,000 against $850,000), then Contoso "
                        + "overtakes Steady Corp in year 5 ($1,526,275 against $1,500,000) and stays ahead through "
                        + "year 7.");
        assertThat(comparison.insights()).containsSubsequence(comparison.leaderSentences());
    }

    @Test
    void offersThatPayTheSameAreSaidToPayTheSame() {
        // Both pay base 250,000; Bonus Inc adds a 10,000 sign-on in year 3. Yearly: level in years 1–2
        // and 4, Bonus Inc ahead in year 3. Running: level in years 1–2, then Bonus Inc 760k/750k, 1,010k/1,000k.
        CompareEntry bonus = new CompareEntry("bonus", offer("Bonus Inc", 250_000, null,
                List.of(SignOnPayment.lumpSum(10_000, 3)), Clawback.NONE), null);
        Comparison comparison = CompareEngine.compare(List.of(FLAT, bonus), ProjectionSettings.defaults(), null);

        assertThat(comparison.yearlyLeaders(1)).containsExactly("flat", "bonus");
        assertThat(comparison.yearlyLeaders(3)).containsExactly("bonus");
        assertThat(comparison.yearlyLeaders(4)).containsExactly("flat", "bonus");
        assertThat(comparison.runningLeaders(2)).containsExactly("flat", "bonus");
        assertThat(comparison.runningLeaders(4)).containsExactly("bonus");
        // Nobody led alone before Bonus Inc, so nobody was overtaken.
        assertThat(comparison.leaderChanges()).isEmpty();
        assertThat(comparison.crossoverYear()).isNull();
        assertThat(comparison.leaderSentences()).containsExactly(
                "Year by year, Steady Corp and Bonus Inc pay the same in years 1–2, Bonus Inc pays the most in year 3 "
                        + "and Steady Corp and Bonus Inc pay the same in year 4.",
                "Running total: Steady Corp and Bonus Inc share the lead in years 1–2, then Bonus Inc pulls ahead in "
                        + "year 3 and stays ahead through year 4.");
    }

    @Test
    void takesTwoToSixOffers() {
        assertThatThrownBy(() -> CompareEngine.compare(List.of(FLAT), ProjectionSettings.defaults(), null))
                .hasMessageContaining("2 to 6");
    }

    private static List<Long> cumulative(Comparison comparison, String key) {
        return comparison.offer(key).orElseThrow().cumulative().stream().map(WholeDollars::of).toList();
    }

    /** Base only, raised by {@code raisePercent} on each anniversary. */
    static Offer raising(String company, long base, String raisePercent) {
        return new Offer(company, "", null, null, null, null, OfferStatus.RECEIVED, null, "", false, base,
                new BigDecimal(raisePercent), TargetBonus.NONE, List.of(), Clawback.NONE, 0, null, List.of(), null, 0,
                null);
    }

    static Offer offer(String company, long base, RsuGrant equity, List<SignOnPayment> signOns, Clawback clawback) {
        return new Offer(company, "", null, null, null, null, OfferStatus.RECEIVED, null, "", false, base,
                BigDecimal.ZERO, TargetBonus.NONE, signOns, clawback, 0, equity, List.of(), null, 0, null);
    }
}
