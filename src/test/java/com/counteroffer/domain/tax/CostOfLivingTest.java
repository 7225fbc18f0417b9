package com.counteroffer.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.CostOfLivingReader;
import com.counteroffer.domain.market.FigureStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CostOfLivingTest {

    private final CostOfLiving rpp = CostOfLivingReader.readBuiltIn();

    @Test
    void eachHubHasItsBea2023Metro() {
        assertThat(rpp.year()).isEqualTo(2023);
        assertThat(rpp.rppFor("sf", null)).isEqualByComparingTo("118.225");
        assertThat(rpp.alternativesForHub("sf")).extracting(PriceParity::rpp)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("112.867"));
        assertThat(rpp.rppFor("seattle", null)).isEqualByComparingTo("112.991");
        assertThat(rpp.rppFor("nyc", null)).isEqualByComparingTo("112.473");
        assertThat(rpp.rppFor("austin", null)).isEqualByComparingTo("97.620");
        assertThat(rpp.rppFor("dc", null)).isEqualByComparingTo("108.641");
        assertThat(rpp.metroForHub("sf").orElseThrow().metro()).isEqualTo("San Francisco–Oakland");
        assertThat(rpp.metros()).allSatisfy(metro -> assertThat(metro.status()).isEqualTo(FigureStatus.VERIFIED));
        assertThat(rpp.sources().get(0).publisher()).isEqualTo("U.S. Bureau of Economic Analysis");
    }

    @Test
    void remoteAndOtherUseTheHomeMetroOrTheUsAverage() {
        assertThat(rpp.rppFor("remote", null)).isEqualByComparingTo("100");
        assertThat(rpp.rppFor("other", null)).isEqualByComparingTo("100");
        assertThat(rpp.rppFor("remote", "austin")).isEqualByComparingTo("97.620");
        // a hub with its own metro ignores the home metro: the job's prices are the hub's
        assertThat(rpp.rppFor("sf", "austin")).isEqualByComparingTo("118.225");
        assertThatThrownBy(() -> rpp.rppFor("boston", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("boston");
        assertThatThrownBy(() -> rpp.rppFor("remote", "boston")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("san-francisco");
    }

    @Test
    void purchasingPowerDividesByThePriceLevel() {
        // 200,000 ÷ 1.18225 = 169,168.96…; 200,000 ÷ 0.9762 = 204,876.05…; 100 → unchanged
        assertThat(CostOfLiving.purchasingPower(new BigDecimal("200000"), new BigDecimal("118.225"))
                .setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("169168.96");
        assertThat(CostOfLiving.purchasingPower(new BigDecimal("200000"), new BigDecimal("97.620"))
                .setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("204876.05");
        assertThat(CostOfLiving.purchasingPower(new BigDecimal("200000"), new BigDecimal("100")))
                .isEqualByComparingTo("200000");
        assertThatThrownBy(() -> CostOfLiving.purchasingPower(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
