package com.counteroffer.domain.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.offer.Preferences;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * One class of preferred: $20M invested at 1×, 2,500,000 preferred shares of 10,000,000 in all.
 * Break-even (common gets something above it) $20M; non-participating converts above
 * $20M × 10,000,000 ÷ 2,500,000 = $80M.
 */
class WaterfallTest {

    private static final BigDecimal ALL = BigDecimal.valueOf(10_000_000);
    private static final BigDecimal PREFERRED = BigDecimal.valueOf(2_500_000);
    private static final Preferences NON_PARTICIPATING = new Preferences(20_000_000, BigDecimal.ONE, false, null);
    private static final Preferences PARTICIPATING = new Preferences(20_000_000, BigDecimal.ONE, true, null);

    private static Waterfall at(long exit, Preferences preferences) {
        return Waterfall.at(BigDecimal.valueOf(exit), preferences, ALL, PREFERRED);
    }

    @Test
    void belowTheBreakEvenCommonGetsNothing() {
        // $10M < $20M preference: preferred takes all $10M.
        Waterfall waterfall = at(10_000_000, NON_PARTICIPATING);
        assertThat(waterfall.preferredPayout()).isEqualByComparingTo("10000000");
        assertThat(waterfall.commonPayout()).isEqualByComparingTo("0");
        assertThat(waterfall.perCommonShare()).isEqualByComparingTo("0");
        assertThat(waterfall.converted()).isFalse();
    }

    @Test
    void atTheBreakEvenCommonStillGetsNothing() {
        Waterfall waterfall = at(20_000_000, NON_PARTICIPATING);
        assertThat(Waterfall.breakEven(NON_PARTICIPATING)).isEqualByComparingTo("20000000");
        assertThat(waterfall.preferredPayout()).isEqualByComparingTo("20000000");
        assertThat(waterfall.perCommonShare()).isEqualByComparingTo("0");
    }

    @Test
    void aboveTheBreakEvenCommonSharesWhatIsLeft() {
        // $50M: the preference $20M beats converting (25 % × $50M = $12.5M); common shares $30M over
        // 7,500,000 shares = $4.00.
        Waterfall waterfall = at(50_000_000, NON_PARTICIPATING);
        assertThat(waterfall.preferredPayout()).isEqualByComparingTo("20000000");
        assertThat(waterfall.commonPayout()).isEqualByComparingTo("30000000");
        assertThat(waterfall.perCommonShare()).isEqualByComparingTo("4");
        assertThat(waterfall.converted()).isFalse();
    }

    @Test
    void atTheConversionPointBothWaysPayTheSame() {
        // $80M: the preference $20M equals 25 % × $80M; common gets $60M ÷ 7,500,000 = $8 = $80M ÷ 10M.
        Waterfall waterfall = at(80_000_000, NON_PARTICIPATING);
        assertThat(waterfall.preferredPayout()).isEqualByComparingTo("20000000");
        assertThat(waterfall.perCommonShare()).isEqualByComparingTo("8");
    }

    @Test
    void aboveTheConversionPointPreferredConvertsAndEveryShareIsPaidAlike() {
        // $200M: converting gives 25 % × $200M = $50M > $20M; every share gets $200M ÷ 10M = $20.
        Waterfall waterfall = at(200_000_000, NON_PARTICIPATING);
        assertThat(waterfall.converted()).isTrue();
        assertThat(waterfall.preferredPayout()).isEqualByComparingTo("50000000");
        assertThat(waterfall.commonPayout()).isEqualByComparingTo("150000000");
        assertThat(waterfall.perCommonShare()).isEqualByComparingTo("20");
    }

    @Test
    void participatingPreferredTakesItsPreferenceAndItsShareOfTheRest() {
        // $50M: preferred takes $20M, then the $30M left is shared over all 10M shares at $3.00;
        // preferred gets $20M + 2.5M × $3 = $27.5M, common 7.5M × $3 = $22.5M.
        Waterfall waterfall = at(50_000_000, PARTICIPATING);
        assertThat(waterfall.perCommonShare()).isEqualByComparingTo("3");
        assertThat(waterfall.preferredPayout()).isEqualByComparingTo("27500000");
        assertThat(waterfall.commonPayout()).isEqualByComparingTo("22500000");
        // $10M: all to the preference.
        assertThat(at(10_000_000, PARTICIPATING).perCommonShare()).isEqualByComparingTo("0");
    }

    @Test
    void whenPreferredHoldsEveryShareOptionsAreInTheMoneyOnlyOnceConvertedShareValueReachesTheStrike() {
        // All 10,000,000 shares preferred, $20M of 1× non-participating: nothing is left for common below
        // $20M, and above it preferred converts and every share gets exit ÷ 10M. A $5 strike is reached at
        // $5 × 10M = $50M, not at the $20M preference (where a share is worth $0, or $2 just above).
        BreakPoints points = BreakPoints.of(NON_PARTICIPATING, ALL, ALL, BigDecimal.valueOf(5));
        assertThat(points.conversionExit()).isEqualByComparingTo("20000000");
        assertThat(points.inTheMoneyExit()).isEqualByComparingTo("50000000");
        Waterfall atIt = Waterfall.at(BigDecimal.valueOf(50_000_000), NON_PARTICIPATING, ALL, ALL);
        assertThat(atIt.perCommonShare()).isEqualByComparingTo("5");
        Waterfall below = Waterfall.at(BigDecimal.valueOf(10_000_000), NON_PARTICIPATING, ALL, ALL);
        assertThat(below.preferredPayout()).isEqualByComparingTo("10000000");
        assertThat(below.commonPayout()).isEqualByComparingTo("0");
        assertThat(below.perCommonShare()).isEqualByComparingTo("0");
        // A $1 strike: $1 × 10M = $10M is below the $20M preference, so the options pay once above $20M.
        assertThat(BreakPoints.of(NON_PARTICIPATING, ALL, ALL, BigDecimal.ONE).inTheMoneyExit())
                .isEqualByComparingTo("20000000");
    }

    @Test
    void morePreferredSharesThanAllSharesOrFewerThanNoneAreRefused() {
        BigDecimal tooMany = BigDecimal.valueOf(15_000_000);
        assertThatThrownBy(() -> Waterfall.at(BigDecimal.valueOf(100_000_000), NON_PARTICIPATING, ALL, tooMany))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preferred shares");
        assertThatThrownBy(() -> BreakPoints.of(NON_PARTICIPATING, tooMany, ALL, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preferred shares");
        assertThatThrownBy(() -> Waterfall.at(BigDecimal.TEN, NON_PARTICIPATING, ALL, BigDecimal.valueOf(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preferred shares");
    }

    @Test
    void aTwoTimesPreferenceDoublesTheBreakEven() {
        // 2× on $20M: $40M comes first; at $50M common shares $10M over 7,500,000 = $1.333…
        Preferences twice = new Preferences(20_000_000, BigDecimal.valueOf(2), false, null);
        assertThat(Waterfall.breakEven(twice)).isEqualByComparingTo("40000000");
        assertThat(at(50_000_000, twice).commonPayout()).isEqualByComparingTo("10000000");
    }
}
