package com.counteroffer.domain.compensation;

import static com.counteroffer.domain.compensation.OfferBuilder.annual4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LeaveAtTest {

    private static final ProjectionSettings NO_GROWTH = ProjectionSettings.defaults();

    /**
     * Amazon-style: base 120,000 (10,000 a month), bonus 10 % (12,000 a year), sign-on 60,000 over the
     * first 12 months (5,000 a month) and 48,000 over the next 12 (4,000 a month), all repayable before
     * month 12 and prorated until month 24, RSU 400,000 vesting 5 % at 12, 15 % at 24, 20 % every 6 months.
     */
    private static Offer amazonStyle() {
        return OfferBuilder.base(120_000).bonusPercent("10").monthlySignOn(60_000, 1, 12).monthlySignOn(48_000, 2, 12)
                .clawback(12, 24).rsu(400_000, VestingPreset.AMAZON).build();
    }

    @Test
    void leavingBeforeTheFullRepaymentPeriodEndsRepaysEverySignOnDollar() {
        // Month 6: base 6 × 10,000 = 60,000; no completed year, no bonus; nothing vested; sign-on
        // 6 × 5,000 = 30,000, all repaid; the whole 400,000 grant is forfeited. Net 60,000.
        LeaveOutcome outcome = CompensationEngine.leaveAt(amazonStyle(), 6, NO_GROWTH);

        assertThat(outcome.base()).isEqualByComparingTo("60000");
        assertThat(outcome.bonus()).isEqualByComparingTo("0");
        assertThat(outcome.vestedEquity()).isEqualByComparingTo("0");
        assertThat(outcome.signOnReceived()).isEqualByComparingTo("30000");
        assertThat(outcome.clawback()).isEqualByComparingTo("30000");
        assertThat(outcome.forfeitedEquity()).isEqualByComparingTo("400000");
        assertThat(outcome.netPaid()).isEqualByComparingTo("60000");
    }

    @Test
    void leavingOnTheFirstAnniversaryStillRepaysAllOfIt() {
        // Month 12: base 120,000; bonus 12,000; 5 % vested = 20,000; sign-on 60,000; prorated share
        // (24 − 12) ÷ (24 − 12) = 1, so 60,000 back. Forfeited 380,000. Net 120 + 12 + 20 + 60 − 60 = 152,000.
        LeaveOutcome outcome = CompensationEngine.leaveAt(amazonStyle(), 12, NO_GROWTH);

        assertThat(outcome.bonus()).isEqualByComparingTo("12000");
        assertThat(outcome.vestedEquity()).isEqualByComparingTo("20000");
        assertThat(outcome.clawback()).isEqualByComparingTo("60000");
        assertThat(outcome.forfeitedEquity()).isEqualByComparingTo("380000");
        assertThat(outcome.netPaid()).isEqualByComparingTo("152000");
    }

    @Test
    void leavingWithinTheProratedPeriodRepaysTheShareLeft() {
        // Month 18: base 180,000; bonus 12,000 (year 1 only); 20,000 vested; sign-on 60,000 + 6 × 4,000
        // = 84,000, the year-2 parts stopping at departure; clawback 84,000 × (24 − 18) ÷ 12 = 42,000.
        // Net 180 + 12 + 20 + 84 − 42 = 254,000.
        LeaveOutcome outcome = CompensationEngine.leaveAt(amazonStyle(), 18, NO_GROWTH);

        assertThat(outcome.base()).isEqualByComparingTo("180000");
        assertThat(outcome.bonus()).isEqualByComparingTo("12000");
        assertThat(outcome.signOnReceived()).isEqualByComparingTo("84000");
        assertThat(outcome.clawback()).isEqualByComparingTo("42000");
        assertThat(outcome.netPaid()).isEqualByComparingTo("254000");
    }

    @Test
    void leavingAfterTheProratedPeriodRepaysNothing() {
        // Month 30: base 300,000; bonus 2 × 12,000; vested 5 + 15 + 20 = 40 % = 160,000; sign-on 108,000;
        // no clawback; forfeited 60 % = 240,000. Net 300 + 24 + 160 + 108 = 592,000.
        LeaveOutcome outcome = CompensationEngine.leaveAt(amazonStyle(), 30, NO_GROWTH);

        assertThat(outcome.bonus()).isEqualByComparingTo("24000");
        assertThat(outcome.vestedEquity()).isEqualByComparingTo("160000");
        assertThat(outcome.signOnReceived()).isEqualByComparingTo("108000");
        assertThat(outcome.clawback()).isEqualByComparingTo("0");
        assertThat(outcome.forfeitedEquity()).isEqualByComparingTo("240000");
        assertThat(outcome.netPaid()).isEqualByComparingTo("592000");
    }

    @Test
    void withoutAProratedPeriodTheClawbackEndsAtOnce() {
        // Full repayment before month 12 only: a lump sum of 50,000 is all owed at 11, nothing at 12.
        Offer offer = OfferBuilder.base(120_000).signOn(50_000, 1).clawback(12, 0).build();

        assertThat(CompensationEngine.leaveAt(offer, 11, NO_GROWTH).clawback()).isEqualByComparingTo("50000");
        assertThat(CompensationEngine.leaveAt(offer, 12, NO_GROWTH).clawback()).isEqualByComparingTo("0");
    }

    @Test
    void aLaterYearsLumpSumIsPaidOnlyOnceThatYearStarts() {
        // 30,000 at the start of year 2 (month 12): not yet paid at month 11.
        Offer offer = OfferBuilder.base(120_000).signOn(30_000, 2).build();

        assertThat(CompensationEngine.leaveAt(offer, 11, NO_GROWTH).signOnReceived()).isEqualByComparingTo("0");
        assertThat(CompensationEngine.leaveAt(offer, 12, NO_GROWTH).signOnReceived()).isEqualByComparingTo("30000");
    }

    @Test
    void baseIsEarnedProRataAtEachYearsRate() {
        // 100,000 rising 10 %: 12 months at 100,000 + 6 months at 110,000 = 100,000 + 55,000 = 155,000.
        Offer offer = OfferBuilder.base(100_000).raise("10").build();

        assertThat(CompensationEngine.leaveAt(offer, 18, NO_GROWTH).base()).isEqualByComparingTo("155000");
    }

    @Test
    void refresherGrantsAlreadyMadeAreForfeitedUnvested() {
        // 100,000 a year from year 2, 25 % on each anniversary of its grant. Leaving at 30: grant 2 (month 12)
        // vested 25 % at month 24 = 25,000 and leaves 75,000; grant 3 (month 24) vested nothing and leaves
        // 100,000; grant 4 (month 36) was never made. Forfeited refreshers: 175,000.
        Offer offer = OfferBuilder.base(0).refresher(100_000, annual4(), false, 2).build();
        LeaveOutcome outcome = CompensationEngine.leaveAt(offer, 30, NO_GROWTH);

        assertThat(outcome.vestedRefreshers()).isEqualByComparingTo("25000");
        assertThat(outcome.forfeitedRefreshers()).isEqualByComparingTo("175000");
        assertThat(outcome.forfeited()).isEqualByComparingTo("175000");
    }

    @Test
    void forfeitedEquityIsValuedAtThePriceWhenLeaving() {
        // +21 % a year, 400,000 vesting 25 % on each anniversary. Vested at 12: 100,000 × 1.21 = 121,000.
        // Leaving at 18, the price is 1.21 × 1.21^(6/12) = 1.331 × the start: 75 % = 300,000 × 1.331 = 399,300.
        Offer offer = OfferBuilder.base(0).rsu(400_000, annual4()).build();
        LeaveOutcome outcome = CompensationEngine.leaveAt(offer, 18, NO_GROWTH.withGrowth(new BigDecimal("0.21")));

        assertThat(outcome.vestedEquity()).isEqualByComparingTo("121000");
        assertThat(outcome.forfeitedEquity().doubleValue()).isCloseTo(399_300, within(1e-6));
    }

    @Test
    void theMonthMustBeWithinTenYears() {
        Offer offer = OfferBuilder.base(100_000).build();

        assertThatThrownBy(() -> CompensationEngine.leaveAt(offer, 0, NO_GROWTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 120");
        assertThatThrownBy(() -> CompensationEngine.leaveAt(offer, 121, NO_GROWTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 120");
    }
}
