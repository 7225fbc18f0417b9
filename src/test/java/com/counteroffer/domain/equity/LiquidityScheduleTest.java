package com.counteroffer.domain.equity;

import static com.counteroffer.domain.equity.EquityOffers.annual4;
import static com.counteroffer.domain.equity.EquityOffers.offer;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paper apart from what can be sold: tenders, double-trigger RSUs, options. */
class LiquidityScheduleTest {

    private static RsuGrant units(Liquidity liquidity) {
        PrivateCompany company = new PrivateCompany(ValuationBasis.PREFERRED, null, null, List.of(), Preferences.NONE,
                Dilution.DEFAULT, liquidity);
        return EquityOffers.privateUnits(48_000, "100", null, annual4(), company);
    }

    @Test
    void aTenderScheduleSellsAShareOfTheUnitsStillHeldEachTime() {
        // 48,000 units vesting 12,000 a year; tenders every 12 months from month 18, 20 % of the vested
        // units still held each time, at $120.
        //   month 18 (year 2): 12,000 held → sell 2,400 ($288,000)
        //   month 30 (year 3): 24,000 − 2,400 = 21,600 held → sell 4,320 ($518,400)
        //   month 42 (year 4): 36,000 − 6,720 = 29,280 held → sell 5,856 ($702,720)
        // Sold 12,576 for $1,509,120; on paper after year 4: 48,000 − 12,576 = 35,424, at the $100
        // preferred price $3,542,400.
        Liquidity tenders = new Liquidity(Liquidity.Kind.TENDER, null, 12, 18, BigDecimal.valueOf(20),
                BigDecimal.valueOf(120));

        LiquiditySchedule schedule = EquityAnalysis.of(offer(units(tenders)), null, null).liquidity();

        assertThat(schedule.horizonYears()).isEqualTo(4);
        assertThat(schedule.years()).extracting(LiquiditySchedule.Year::vested)
                .containsExactly(12_000L, 24_000L, 36_000L, 48_000L);
        assertThat(schedule.years()).extracting(LiquiditySchedule.Year::tenders).containsExactly(0, 1, 1, 1);
        assertThat(schedule.years()).extracting(LiquiditySchedule.Year::sold)
                .containsExactly(0L, 2_400L, 4_320L, 5_856L);
        assertThat(schedule.years()).extracting(LiquiditySchedule.Year::onPaper)
                .containsExactly(12_000L, 21_600L, 29_280L, 35_424L);
        assertThat(schedule.years().get(1).proceeds()).isEqualByComparingTo("288000");
        assertThat(schedule.soldUnits()).isEqualTo(12_576);
        assertThat(schedule.proceeds()).isEqualByComparingTo("1509120");
        assertThat(schedule.paperUnits()).isEqualTo(35_424);
        assertThat(schedule.paperValue()).isEqualByComparingTo("3542400");
        assertThat(schedule.tenderPrice()).isEqualByComparingTo("120");
    }

    @Test
    void withoutATenderPriceTendersAreAtThePreferredPriceAndSaySo() {
        Liquidity tenders = new Liquidity(Liquidity.Kind.TENDER, null, 12, 12, BigDecimal.valueOf(10), null);

        EquityAnalysis analysis = EquityAnalysis.of(offer(units(tenders)), null, null);

        assertThat(analysis.liquidity().tenderPrice()).isEqualByComparingTo("100");
        assertThat(analysis.assumptions()).anyMatch(line -> line.contains("preferred price"));
    }

    @Test
    void doubleTriggerUnitsStayOnPaperAndTheirExpiryIsNamed() {
        Liquidity doubleTrigger = new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER, 7, null, null, null, null);

        LiquiditySchedule schedule = EquityAnalysis.of(offer(units(doubleTrigger)), null, null).liquidity();

        assertThat(schedule.soldUnits()).isZero();
        assertThat(schedule.proceeds()).isEqualByComparingTo("0");
        assertThat(schedule.paperUnits()).isEqualTo(48_000);
        assertThat(schedule.notes()).anyMatch(note -> note.contains("within 7 years") && note.contains("lapse"));
    }

    @Test
    void optionsArePaperUntilAnExitValuedNetOfStrike() {
        // 1,000 options at $2, preferred $10: vested options on paper after 4 years are all 1,000,
        // worth 1,000 × ($10 − $2) = $8,000 at the preferred price.
        var options = EquityOffers.options(1_000, "2", "2", "10", null, OptionType.ISO, false,
                PrivateCompany.DEFAULTS);

        LiquiditySchedule schedule = EquityAnalysis.of(offer(options), ValuationBasis.PREFERRED, null).liquidity();

        assertThat(schedule.kind()).isEqualTo(Liquidity.Kind.AT_EXIT);
        assertThat(schedule.paperUnits()).isEqualTo(1_000);
        assertThat(schedule.paperValue()).isEqualByComparingTo("8000");
        assertThat(schedule.notes()).singleElement().asString().contains("paper");
    }
}
