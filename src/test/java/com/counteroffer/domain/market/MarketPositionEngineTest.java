package com.counteroffer.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MarketPositionEngineTest {

    private static final LevelBand ENTRY = band(Level.ENTRY, 110_000, 145_000, false, PayBasis.BASE);
    private static final LevelBand MID = band(Level.MID, 150_000, 210_000, false, PayBasis.BASE);
    private static final LevelBand SENIOR = band(Level.SENIOR, 220_000, 350_000, true, PayBasis.BASE);
    private static final LevelBand PRINCIPAL = band(Level.PRINCIPAL, 380_000, 550_000, false, PayBasis.TOTAL_COMP);

    private static final Adjustment AI_SKILLS = new Adjustment("AI-skill wage premium", new BigDecimal("1.11"), "IZA");
    private static final Adjustment HYBRID = new Adjustment("Hybrid premium", new BigDecimal("1.29"), "Robert Half");

    private static LevelBand band(Level level, long min, long max, boolean openTop, PayBasis basis) {
        return new LevelBand(level, min, max, openTop, basis, "seed", FigureStatus.VERIFIED, "");
    }

    @Test
    void entryMidpointIsHalfWayThrough() {
        // (127,500 − 110,000) ÷ (145,000 − 110,000) = 17,500 ÷ 35,000 = 0.5
        MarketPosition position = MarketPositionEngine.position(ENTRY, PayBasis.BASE, 127_500, List.of());

        assertThat(position.position()).isEqualByComparingTo("0.5");
        assertThat(position.status()).isEqualTo(PositionStatus.WITHIN);
        assertThat(position.distance()).isZero();
        assertThat(position.adjustedMin()).isEqualTo(110_000);
        assertThat(position.adjustedMax()).isEqualTo(145_000);
        assertThat(position.describe()).isEqualTo("50 % of the way through the Entry-Level base salary range");
    }

    @Test
    void belowTheEntryBandSaysByHowMuch() {
        // 110,000 − 100,000 = 10,000 below; position −10,000 ÷ 35,000 = −0.2857142857142857
        MarketPosition position = MarketPositionEngine.position(ENTRY, PayBasis.BASE, 100_000, List.of());

        assertThat(position.status()).isEqualTo(PositionStatus.BELOW);
        assertThat(position.distance()).isEqualTo(10_000);
        assertThat(position.position()).isEqualByComparingTo("-0.2857142857142857");
        assertThat(position.describe()).isEqualTo("$10,000 below the Entry-Level base salary range");
    }

    @Test
    void midBandEndsAreInsideTheBand() {
        // 150,000 is the bottom (0); 210,000 the top ((210,000 − 150,000) ÷ 60,000 = 1)
        MarketPosition bottom = MarketPositionEngine.position(MID, PayBasis.BASE, 150_000, List.of());
        MarketPosition top = MarketPositionEngine.position(MID, PayBasis.BASE, 210_000, List.of());

        assertThat(bottom.status()).isEqualTo(PositionStatus.WITHIN);
        assertThat(bottom.position()).isEqualByComparingTo("0");
        assertThat(top.status()).isEqualTo(PositionStatus.WITHIN);
        assertThat(top.position()).isEqualByComparingTo("1");
        assertThat(top.describe()).isEqualTo("100 % of the way through the Mid-Level base salary range");
    }

    @Test
    void aboveAClosedTopSaysNothingAboutOpenness() {
        // 215,000 − 210,000 = 5,000 above; position 65,000 ÷ 60,000 = 1.083333333333333
        MarketPosition position = MarketPositionEngine.position(MID, PayBasis.BASE, 215_000, List.of());

        assertThat(position.status()).isEqualTo(PositionStatus.ABOVE);
        assertThat(position.distance()).isEqualTo(5_000);
        assertThat(position.position()).isEqualByComparingTo("1.083333333333333");
        assertThat(position.describe()).isEqualTo("$5,000 above the top of the Mid-Level base salary range");
    }

    @Test
    void seniorExampleIsAboutThirtyOnePercentThrough() {
        // (260,000 − 220,000) ÷ (350,000 − 220,000) = 40,000 ÷ 130,000 = 0.3076923076923077 → 31 %
        MarketPosition position = MarketPositionEngine.position(SENIOR, PayBasis.BASE, 260_000, List.of());

        assertThat(position.position()).isEqualByComparingTo("0.3076923076923077");
        assertThat(position.status()).isEqualTo(PositionStatus.WITHIN);
        assertThat(position.openTop()).isTrue();
        assertThat(position.describe()).isEqualTo("31 % of the way through the Senior/Lead base salary range");
    }

    @Test
    void aboveTheOpenSeniorTopSaysTheTopIsOpen() {
        // 390,000 − 350,000 = 40,000 above the nominal top; position 170,000 ÷ 130,000 = 1.307692307692308
        MarketPosition position = MarketPositionEngine.position(SENIOR, PayBasis.BASE, 390_000, List.of());

        assertThat(position.status()).isEqualTo(PositionStatus.ABOVE);
        assertThat(position.distance()).isEqualTo(40_000);
        assertThat(position.bandMax()).isEqualTo(350_000);
        assertThat(position.position()).isEqualByComparingTo("1.307692307692308");
        assertThat(position.describe()).isEqualTo(
                "$40,000 above the top of the Senior/Lead base salary range (the top is open: 350,000+)");
    }

    @Test
    void principalIsTotalCompensation() {
        // (465,000 − 380,000) ÷ (550,000 − 380,000) = 85,000 ÷ 170,000 = 0.5
        MarketPosition within = MarketPositionEngine.position(PRINCIPAL, PayBasis.TOTAL_COMP, 465_000, List.of());
        // 560,000 − 550,000 = 10,000 above; 380,000 − 370,000 = 10,000 below
        MarketPosition above = MarketPositionEngine.position(PRINCIPAL, PayBasis.TOTAL_COMP, 560_000, List.of());
        MarketPosition below = MarketPositionEngine.position(PRINCIPAL, PayBasis.TOTAL_COMP, 370_000, List.of());

        assertThat(within.position()).isEqualByComparingTo("0.5");
        assertThat(within.basis()).isEqualTo(PayBasis.TOTAL_COMP);
        assertThat(within.describe())
                .isEqualTo("50 % of the way through the Principal/Architect total compensation range");
        assertThat(above.status()).isEqualTo(PositionStatus.ABOVE);
        assertThat(above.distance()).isEqualTo(10_000);
        assertThat(above.describe())
                .isEqualTo("$10,000 above the top of the Principal/Architect total compensation range");
        assertThat(below.status()).isEqualTo(PositionStatus.BELOW);
        assertThat(below.distance()).isEqualTo(10_000);
    }

    @Test
    void aBasisMismatchIsRefusedNamingTheBandsBasis() {
        assertThatThrownBy(() -> MarketPositionEngine.position(PRINCIPAL, PayBasis.BASE, 400_000, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Principal/Architect range is total compensation");
        assertThatThrownBy(() -> MarketPositionEngine.position(SENIOR, PayBasis.TOTAL_COMP, 300_000, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Senior/Lead range is base salary");
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThatThrownBy(() -> MarketPositionEngine.position(ENTRY, PayBasis.BASE, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjustmentsComposeMultiplicativelyAndRoundHalfUp() {
        // 1.11 × 1.29 = 1.4319; 110,000 × 1.4319 = 157,509; 145,000 × 1.4319 = 207,625.5 → 207,626 (half up)
        // value 182,568: (182,568 − 157,509) ÷ (207,626 − 157,509) = 25,059 ÷ 50,117 = 0.5000099766546282
        MarketPosition position = MarketPositionEngine.position(ENTRY, PayBasis.BASE, 182_568,
                List.of(AI_SKILLS, HYBRID));

        assertThat(position.combinedFactor()).isEqualByComparingTo("1.4319");
        assertThat(position.adjustedMin()).isEqualTo(157_509);
        assertThat(position.adjustedMax()).isEqualTo(207_626);
        assertThat(position.bandMin()).isEqualTo(110_000);
        assertThat(position.bandMax()).isEqualTo(145_000);
        assertThat(position.position()).isEqualByComparingTo("0.5000099766546282");
        assertThat(position.status()).isEqualTo(PositionStatus.WITHIN);
        assertThat(position.describe()).isEqualTo("50 % of the way through the Entry-Level base salary range"
                + " after adjustments (×1.4319: $157,509 – $207,626)");
    }

    @Test
    void theBandIsJudgedAfterAdjustment() {
        // 150,000 is above the plain entry top (145,000) but inside 110,000 × 1.11 = 122,100 to 145,000 × 1.11
        // = 160,950: (150,000 − 122,100) ÷ 38,850 = 0.7181467181467181 → 72 %
        MarketPosition position = MarketPositionEngine.position(ENTRY, PayBasis.BASE, 150_000, List.of(AI_SKILLS));

        assertThat(position.status()).isEqualTo(PositionStatus.WITHIN);
        assertThat(position.position()).isEqualByComparingTo("0.7181467181467181");
        assertThat(position.describe()).startsWith("72 % of the way through");

        // 120,000 is inside the plain band but 122,100 − 120,000 = 2,100 below the adjusted one
        MarketPosition below = MarketPositionEngine.position(ENTRY, PayBasis.BASE, 120_000, List.of(AI_SKILLS));
        assertThat(below.status()).isEqualTo(PositionStatus.BELOW);
        assertThat(below.distance()).isEqualTo(2_100);
        assertThat(below.describe()).isEqualTo("$2,100 below the Entry-Level base salary range"
                + " after adjustments (×1.11: $122,100 – $160,950)");
    }

    @Test
    void anAdjustedOpenTopStillSaysItIsOpen() {
        // 220,000 × 1.11 = 244,200; 350,000 × 1.11 = 388,500; 400,000 − 388,500 = 11,500 above
        MarketPosition position = MarketPositionEngine.position(SENIOR, PayBasis.BASE, 400_000, List.of(AI_SKILLS));

        assertThat(position.status()).isEqualTo(PositionStatus.ABOVE);
        assertThat(position.distance()).isEqualTo(11_500);
        assertThat(position.describe()).isEqualTo("$11,500 above the top of the Senior/Lead base salary range"
                + " after adjustments (×1.11: $244,200 – $388,500; the top is open: 388,500+)");
    }

    @Test
    void aPremiumBecomesAnAdjustmentCitingItsSource() {
        Premium premium = new Premium("ai_skills", "AI-skill wage premium", new BigDecimal("1.11"), "salary",
                "iza", FigureStatus.SECONDARY, "");
        Source source = new Source("iza", "AI skill premium", "IZA World of Labor", null, "https://wol.iza.org/", "");

        Adjustment adjustment = Adjustment.fromPremium(premium, source, "Kubernetes / Kubeflow");

        assertThat(adjustment.name()).isEqualTo("AI-skill wage premium (Kubernetes / Kubeflow)");
        assertThat(adjustment.factor()).isEqualByComparingTo("1.11");
        assertThat(adjustment.source()).isEqualTo("IZA World of Labor (n.d.): AI skill premium");
        Source other = new Source("seed", "Seed", "Seed article", 2026, "", "");
        assertThatThrownBy(() -> Adjustment.fromPremium(premium, other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void withinExactlyWhenThePositionIsBetweenZeroAndOne(@ForAll @LongRange(max = 1_000_000) long value) {
        MarketPosition position = MarketPositionEngine.position(SENIOR, PayBasis.BASE, value, List.of(AI_SKILLS));
        boolean inside = position.position().signum() >= 0 && position.position().compareTo(BigDecimal.ONE) <= 0;

        assertThat(position.status() == PositionStatus.WITHIN).isEqualTo(inside);
        assertThat(position.distance()).isGreaterThanOrEqualTo(0);
        assertThat(position.distance() == 0).isEqualTo(inside);
    }
}
