package com.counteroffer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18: the AI-startup offer is no longer worth $0 everywhere on Compare. */
class StartupCompareTest {

    /** Base 150,000; 60,000 options at a $4 strike, 409A $4, preferred $12, standard 4-year vesting. */
    static final CompareEntry STARTUP = new CompareEntry("ai", Offer.basic("Nimbus AI", 150_000)
            .withTerms(150_000, List.of(), new OptionGrant(60_000, new BigDecimal("4"), new BigDecimal("4"),
                    new BigDecimal("12"), null, null, null, Vesting.of(VestingPreset.STANDARD))), null);

    @Test
    void atThe409aPriceTheOptionsAreSaidToBeWorthNothingNotSilentlyDropped() {
        Comparison comparison = CompareEngine.compare(List.of(STARTUP, CompareEngineTest.FLAT),
                ProjectionSettings.defaults(), 10);

        OfferComparison startup = comparison.offer("ai").orElseThrow();
        assertThat(startup.horizonTotal()).isEqualByComparingTo("600000");
        // (12 − 4) × 60,000 = 480,000 at the preferred price, named beside the $0.
        assertThat(comparison.insights()).contains("Nimbus AI's 60,000 options are worth $0 at the 409A price of"
                + " $4.00, since the strike is $4.00 or more; at the preferred price they would be worth $480,000, so"
                + " choose a valuation above to count them.");
        assertThat(comparison.insights()).noneMatch(s -> s.startsWith("All of Nimbus AI") && s.contains("nothing rides"));
    }

    @Test
    void atThePreferredPriceTheOptionsCountAsAtRiskPaperAndLeavingForfeitsThem() {
        Comparison comparison = CompareEngine.compare(List.of(STARTUP, CompareEngineTest.FLAT),
                ProjectionSettings.defaults().withValuation(ValuationBasis.PREFERRED), 10);

        OfferComparison startup = comparison.offer("ai").orElseThrow();
        // 4 × 150,000 of base + 480,000 of options.
        assertThat(startup.horizonTotal()).isEqualByComparingTo("1080000");
        assertThat(startup.projection().atRisk()).isEqualByComparingTo("480000");
        assertThat(comparison.bestByHorizonTotal()).isEqualTo("ai");
        assertThat(comparison.insights()).contains(
                "Nimbus AI's 60,000 options are valued at the preferred price of $12.00: $480,000 for the whole grant"
                        + " ($8.00 an option).",
                // 600,000 ÷ 1,080,000 = 55.6 % → 56 %
                "56 % of Nimbus AI's 4-year total is guaranteed ($600,000 of base and sign-on); the rest depends on"
                        + " bonus and the stock.",
                "Nimbus AI: $480,000 of the 4-year total is paper (options that can't be sold within the 4 years) and"
                        + " $600,000 is liquid.",
                // Month 10, before the 12-month cliff: base 150,000 × 10 ÷ 12 = 125,000; every option left.
                "Leaving Nimbus AI after 10 months pays $125,000 and leaves 60,000 unvested options worth $480,000 at"
                        + " the preferred price of $12.00.");
    }

    @Test
    void leavingAfterTheCliffCostsTheStrikeOfTheVestedOptions() {
        // Month 12: 25 % = 15,000 vested, 15,000 × $4 = $60,000 to exercise; 45,000 left × $8 = $360,000.
        Comparison comparison = CompareEngine.compare(List.of(STARTUP, CompareEngineTest.FLAT),
                ProjectionSettings.defaults().withValuation(ValuationBasis.PREFERRED), 12);

        assertThat(comparison.insights()).anyMatch(s -> s.startsWith("Leaving Nimbus AI after 12 months pays")
                && s.endsWith(" and leaves 45,000 unvested options worth $360,000 at the preferred price of $12.00;"
                + " exercising the 15,000 vested costs $60,000 within 3 months of leaving."));
    }

    @Test
    void anExitValuationIsNotMovedByStockGrowthAndTheSentencesSaySo() {
        // At a $40 exit price a share: 60,000 × ($40 − $4) = $2,160,000, ahead of the RSU offer at no growth;
        // growth moves only the RSUs (Amazon 5/15/40/40), so a break-even rate exists and must name the exit.
        CompareEntry exitValued = new CompareEntry("ai", STARTUP.offer().withTerms(150_000, List.of(),
                ((OptionGrant) STARTUP.offer().equity()).withCompany(PrivateCompany.DEFAULTS
                        .withValuation(ValuationBasis.EXIT).withExit(null, new BigDecimal("40")))), null);
        Comparison comparison = CompareEngine.compare(List.of(exitValued, CompareEngineTest.BACK_LOADED),
                ProjectionSettings.defaults(), null);

        assertThat(comparison.insights()).anyMatch(s -> s.startsWith("At a stock growth of")
                && s.endsWith(" Growth doesn't move the equity of Nimbus AI, valued at an exit."));
        // No refreshers in this offer, so the paper convention names only the options.
        assertThat(comparison.offer("ai").orElseThrow().projection().conventions())
                .anyMatch(c -> c.startsWith("Paper: the options, sellable only at a sale or listing"));
    }
}
