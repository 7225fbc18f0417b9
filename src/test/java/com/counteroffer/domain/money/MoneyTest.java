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
    void compactsForChartLabels() {
        assertThat(Money.compact(185_000)).isEqualTo("$185k");
        assertThat(Money.compact(32_519)).isEqualTo("$32.52k");
        assertThat(Money.compact(1_250_000)).isEqualTo("$1.25M");
        assertThat(Money.compact(0)).isEqualTo("$0");
    }
}
