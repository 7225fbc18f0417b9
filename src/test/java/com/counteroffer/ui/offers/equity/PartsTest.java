package com.counteroffer.ui.offers.equity;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.ui.common.Privacy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How the section writes its figures: company-sized amounts short, prices to the cent, ownership to three figures. */
class PartsTest {

    @Test
    void companySizedAmountsAreShortAndHiddenInPrivacyMode() {
        Privacy privacy = new Privacy();
        assertThat(Parts.large(privacy, new BigDecimal("2400000000"))).isEqualTo("$2.4B");
        assertThat(Parts.large(privacy, new BigDecimal("12000000000"))).isEqualTo("$12B");
        assertThat(Parts.large(privacy, new BigDecimal("600000000"))).isEqualTo("$600M");
        assertThat(Parts.large(privacy, new BigDecimal("1500000000000"))).isEqualTo("$1.5T");
        // Three significant figures: 1,234,567,891 → 1.23 billion.
        assertThat(Parts.large(privacy, new BigDecimal("1234567891"))).isEqualTo("$1.23B");
        assertThat(Parts.large(privacy, new BigDecimal("999999"))).isEqualTo("$999,999");
        assertThat(Parts.large(privacy, BigDecimal.ZERO)).isEqualTo("$0");
        privacy.onProperty().set(true);
        assertThat(Parts.large(privacy, new BigDecimal("2400000000"))).isEqualTo(Privacy.HIDDEN_AMOUNT);
        assertThat(Parts.price(privacy, new BigDecimal("12"))).isEqualTo(Privacy.HIDDEN_AMOUNT);
    }

    @Test
    void pricesAreToTheCentAndOwnershipToThreeFigures() {
        assertThat(com.counteroffer.domain.money.Money.sharePrice(new BigDecimal("1125"))).isEqualTo("$1,125.00");
        assertThat(com.counteroffer.domain.money.Money.sharePrice(new BigDecimal("7.675"))).isEqualTo("$7.68");
        // 60,000 ÷ 100,000,000 = 0.06 %; × 0.8 × 0.8 = 0.0384 %.
        assertThat(Parts.ownership(new BigDecimal("0.06"))).isEqualTo("0.06 %");
        assertThat(Parts.ownership(new BigDecimal("0.038400000"))).isEqualTo("0.0384 %");
        assertThat(Parts.ownership(new BigDecimal("0.0123456"))).isEqualTo("0.0123 %");
        assertThat(GrantLines.percent(new BigDecimal("0.65"))).isEqualTo("65 %");
    }
}
