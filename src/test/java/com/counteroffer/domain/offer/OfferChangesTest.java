package com.counteroffer.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferChangesTest {

    @Test
    void listsEachChangedTermWithItsOldAndNewValue() {
        Offer before = Offer.basic("Northwind Cloud", 200_000);
        Offer after = new Offer("Northwind Cloud", "", null, null, null, null, OfferStatus.NEGOTIATING, null, "",
                false, 215_000, BigDecimal.ZERO, TargetBonus.percent(BigDecimal.valueOf(15)),
                List.of(SignOnPayment.lumpSum(60_000, 1)), null, 0,
                RsuGrant.ofValue(450_000, Vesting.of(VestingPreset.AMAZON)), List.of(), null, 0, null);

        assertThat(OfferChanges.between(before, after)).containsExactly(
                "Status: Received → Negotiating",
                "Base: $200,000 → $215,000",
                "Target bonus: none → 15 % of base",
                "Sign-on: none → $60,000 in year 1",
                "Equity: none → RSUs worth $450,000",
                "Vesting: none → Amazon 5/15/40/40");
    }

    @Test
    void noChangeGivesNoLines() {
        assertThat(OfferChanges.between(Offer.basic("A", 1), Offer.basic("A", 1))).isEmpty();
    }

    @Test
    void describesCustomVesting() {
        Vesting custom = Vesting.custom(List.of(BigDecimal.valueOf(50), BigDecimal.valueOf(50)), 6, Cadence.QUARTERLY);
        assertThat(OfferChanges.describe(custom)).isEqualTo("50/50, 6-month cliff, quarterly");
    }
}
