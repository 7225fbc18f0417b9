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
        assertThat(comparison.insights()).contains(
                "Northwind Cloud's running total overtakes Steady Corp's in year 3 ($840,000 against $750,000).");
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

    @Test
    void takesTwoToSixOffers() {
        assertThatThrownBy(() -> CompareEngine.compare(List.of(FLAT), ProjectionSettings.defaults(), null))
                .hasMessageContaining("2 to 6");
    }

    private static List<Long> cumulative(Comparison comparison, String key) {
        return comparison.offer(key).orElseThrow().cumulative().stream().map(WholeDollars::of).toList();
    }

    static Offer offer(String company, long base, RsuGrant equity, List<SignOnPayment> signOns, Clawback clawback) {
        return new Offer(company, "", null, null, null, null, OfferStatus.RECEIVED, null, "", false, base,
                BigDecimal.ZERO, TargetBonus.NONE, signOns, clawback, 0, equity, List.of(), null, 0, null);
    }
}
