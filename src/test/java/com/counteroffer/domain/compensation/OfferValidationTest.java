package com.counteroffer.domain.compensation;

import static com.counteroffer.domain.compensation.OfferBuilder.annual4;
import static com.counteroffer.domain.compensation.OfferBuilder.percents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferValidationTest {

    @Test
    void aSensibleOfferHasNoProblems() {
        Offer offer = OfferBuilder.base(200_000).bonusPercent("15").signOn(50_000, 1).clawback(12, 24)
                .rsu(400_000, VestingPreset.AMAZON).refresher(100_000, annual4(), true, 2).match("50", "6").build();

        assertThat(OfferValidator.problems(offer)).isEmpty();
    }

    @Test
    void eachProblemNamesItsFieldAsTheOfferFileDoes() {
        Offer offer = OfferBuilder.base(-1).bonusPercent("250").signOn(-5, 1)
                .rsu(400_000, Vesting.custom(percents(25, 25, 25), 12, Cadence.MONTHLY))
                .refresher(100_000, annual4(), false, 2).refresher(20_000_000, annual4(), false, 2).build();

        assertThat(OfferValidator.problems(offer)).containsExactly(
                "base: can't be negative",
                "target_bonus_pct: between 0 and 200 % of base",
                "sign_on[0].amount: can't be negative",
                "equity.vesting: the yearly percents add up to 75 %; they must add up to 100 %",
                "refreshers[1].yearly_value: at most $10,000,000 a year");
    }

    @Test
    void amountsAboveTheCapsAreRefused() {
        Offer offer = OfferBuilder.base(10_000_001).rsu(100_000_001, VestingPreset.META).build();

        assertThat(OfferValidator.problems(offer)).containsExactly(
                "base: at most $10,000,000 a year",
                "equity.grant_value: at most $100,000,000");
    }

    @Test
    void theMatchAndClawbackAreNamedAsInTheFile() {
        Offer offer = OfferBuilder.base(100_000).match("300", "6").clawback(121, 0).build();

        assertThat(OfferValidator.problems(offer)).containsExactly(
                "clawback.full_repayment_months: at most 120 months",
                "k401_match.rate_pct: between 0 and 200 %");
    }

    @Test
    void theMatchedShareOfPayAndTheYearlyCapHaveLimits() {
        assertThat(OfferValidator.problems(OfferBuilder.base(100_000).match("200", "100", 100_000).build()))
                .isEmpty();
        assertThat(OfferValidator.problems(OfferBuilder.base(100_000).match("50", "101", 100_001).build()))
                .containsExactly("k401_match.on_first_pct_of_pay: between 0 and 100 %",
                        "k401_match.annual_cap: at most $100,000 a year");
        assertThat(OfferValidator.problems(OfferBuilder.base(100_000).match("-1", "-1", -1).build()))
                .containsExactly("k401_match.rate_pct: between 0 and 200 %",
                        "k401_match.on_first_pct_of_pay: between 0 and 100 %",
                        "k401_match.annual_cap: can't be negative");
    }

    @Test
    void aNegativeStrikeIsRefused() {
        Offer offer = OfferBuilder.base(100_000).equity(new OptionGrant(1_000, new BigDecimal("-1"), BigDecimal.ONE,
                null, null, null, null, annual4())).build();

        assertThat(OfferValidator.problems(offer)).containsExactly("equity.strike: can't be negative");
    }

    @Test
    void theEngineRefusesAnOfferWithProblemsAndListsThem() {
        Offer offer = OfferBuilder.base(-1).bonusPercent("250").build();

        assertThatThrownBy(() -> CompensationEngine.project(offer, ProjectionSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base: can't be negative")
                .hasMessageContaining("target_bonus_pct");
        assertThatThrownBy(() -> CompensationEngine.leaveAt(offer, 6, ProjectionSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base: can't be negative");
    }

    @Test
    void settingsDefaultToFourYearsWithoutGrowthAtEachOffersOwnValuation() {
        ProjectionSettings defaults = ProjectionSettings.defaults();

        assertThat(defaults.years()).isEqualTo(4);
        assertThat(defaults.noGrowth()).isTrue();
        assertThat(defaults.valuation()).isNull();
    }

    @Test
    void settingsRefuseAHorizonOutsideOneToTenYears() {
        assertThatThrownBy(() -> new ProjectionSettings(0, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the projection covers 1 to 10 years, not 0");
        assertThatThrownBy(() -> ProjectionSettings.defaults().withYears(11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the projection covers 1 to 10 years, not 11");
    }

    @Test
    void settingsRefuseGrowthBelowMinus100Percent() {
        assertThatThrownBy(() -> ProjectionSettings.defaults().withGrowthByYear(
                List.of(BigDecimal.ZERO, new BigDecimal("-1.01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stock growth for year 2 must be between −100 %");
        assertThat(ProjectionSettings.defaults().withGrowth(new BigDecimal("-1")).growthInYear(7))
                .isEqualByComparingTo("-1");
    }

    @Test
    void theLastGrowthRateContinues() {
        ProjectionSettings settings = ProjectionSettings.defaults()
                .withGrowthByYear(List.of(new BigDecimal("-0.3"), new BigDecimal("0.15")));

        assertThat(settings.growthInYear(1)).isEqualByComparingTo("-0.3");
        assertThat(settings.growthInYear(2)).isEqualByComparingTo("0.15");
        assertThat(settings.growthInYear(9)).isEqualByComparingTo("0.15");
    }
}
