package com.counteroffer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsWholeDollars() {
        assertThat(Money.format(185_000)).isEqualTo("$185,000");
        assertThat(Money.format(-10_000)).isEqualTo("-$10,000");
        assertThat(Money.plain(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void formatsDollarsWithCentsOnlyWhenThereAreAny() {
        assertThat(Money.format(new java.math.BigDecimal("1234"))).isEqualTo("$1,234");
        assertThat(Money.format(new java.math.BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        assertThat(Money.format(new java.math.BigDecimal("411.905"))).isEqualTo("$411.91");
        assertThat(Money.format(new java.math.BigDecimal("0.07"))).isEqualTo("$0.07");
        assertThat(Money.format(new java.math.BigDecimal("-1000000.10"))).isEqualTo("-$1,000,000.10");
        assertThat(Money.format(999)).isEqualTo("$999");
        assertThat(Money.plain(1_234_567)).isEqualTo("1,234,567");
        assertThat(Money.plain(-12)).isEqualTo("-12");
    }

    @Test
    void compactsForChartLabels() {
        assertThat(Money.compact(185_000)).isEqualTo("$185k");
        assertThat(Money.compact(32_519)).isEqualTo("$32.52k");
        assertThat(Money.compact(1_250_000)).isEqualTo("$1.25M");
        assertThat(Money.compact(0)).isEqualTo("$0");
    }
}
