package com.counteroffer.domain.equity;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Preferences;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What any waterfall must do, whatever the terms. */
class WaterfallPropertiesTest {

    @Property(tries = 500)
    void commonIsNeverPaidBelowZeroNorAboveTheExit(@ForAll @LongRange(min = 0, max = 5_000_000_000L) long exit,
                                                     @ForAll @LongRange(min = 0, max = 1_000_000_000L) long invested,
                                                     @ForAll @IntRange(min = 1, max = 3) int multiple,
                                                     @ForAll boolean participating,
                                                     @ForAll @IntRange(min = 0, max = 90) int preferredPercent) {
        Waterfall waterfall = waterfall(exit, invested, multiple, participating, preferredPercent);
        assertThat(waterfall.commonPayout()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(exit));
        assertThat(waterfall.perCommonShare()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(waterfall.preferredPayout().add(waterfall.commonPayout()))
                .isEqualByComparingTo(BigDecimal.valueOf(exit));
    }

    @Property(tries = 500)
    void moreExitValueNeverLowersThePayoutPerCommonShare(
            @ForAll @LongRange(min = 0, max = 5_000_000_000L) long exit,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long more,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long invested,
            @ForAll @IntRange(min = 1, max = 3) int multiple, @ForAll boolean participating,
            @ForAll @IntRange(min = 0, max = 90) int preferredPercent) {
        BigDecimal lower = waterfall(exit, invested, multiple, participating, preferredPercent).perCommonShare();
        BigDecimal higher = waterfall(exit + more, invested, multiple, participating, preferredPercent)
                .perCommonShare();
        // DECIMAL128 quotients may differ in the last of 34 digits; a millionth of a cent is far below that noise.
        assertThat(higher.subtract(lower)).isGreaterThanOrEqualTo(new BigDecimal("-0.00000001"));
    }

    @Property(tries = 500)
    void aShareIsWorthTheStrikeWhereTheOptionsComeIntoTheMoney(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long invested,
            @ForAll @IntRange(min = 1, max = 3) int multiple, @ForAll boolean participating,
            @ForAll @IntRange(min = 0, max = 100) int preferredPercent,
            @ForAll @IntRange(min = 0, max = 5_000) int strikeCents) {
        BigDecimal all = BigDecimal.valueOf(10_000_000);
        Preferences preferences = new Preferences(invested, BigDecimal.valueOf(multiple), participating, null);
        BigDecimal preferred = all.multiply(BigDecimal.valueOf(preferredPercent)).movePointLeft(2);
        BigDecimal strike = BigDecimal.valueOf(strikeCents).movePointLeft(2);
        BigDecimal exit = BreakPoints.of(preferences, preferred, all, strike).inTheMoneyExit();
        // A dollar below, a share is worth at most the strike; a dollar above, at least it (a cent of slack
        // for the quotients' last digits). One dollar over 10M shares moves a share by a ten-millionth.
        BigDecimal slack = new BigDecimal("0.000001");
        if (exit.compareTo(BigDecimal.ONE) >= 0) {
            assertThat(Waterfall.at(exit.subtract(BigDecimal.ONE), preferences, all, preferred).perCommonShare())
                    .isLessThanOrEqualTo(strike.add(slack));
        }
        assertThat(Waterfall.at(exit.add(BigDecimal.ONE), preferences, all, preferred).perCommonShare())
                .isGreaterThanOrEqualTo(strike.subtract(slack));
    }

    private static Waterfall waterfall(long exit, long invested, int multiple, boolean participating,
                                       int preferredPercent) {
        BigDecimal all = BigDecimal.valueOf(10_000_000);
        Preferences preferences = new Preferences(invested, BigDecimal.valueOf(multiple), participating, null);
        return Waterfall.at(BigDecimal.valueOf(exit), preferences, all,
                all.multiply(BigDecimal.valueOf(preferredPercent)).movePointLeft(2));
    }
}
