package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.Fixtures.input;
import static com.counteroffer.domain.negotiation.Fixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warnings a plan carries, each tripped and not tripped. Today is March 10, 2026. */
class GuardrailsTest {

    private static CounterPlan plan(Offer offer) {
        return CounterPlanner.plan(input(offer, null, List.of()), PlanSettings.defaults());
    }

    @Test
    void aDeadlineWithinFortyEightHoursOrPassedWarns() {
        // March 12 is two days away: within 48 hours. March 13 is three days away: no warning.
        assertThat(plan(offer("Acme", Level.SENIOR, 250_000).deadline(Fixtures.TODAY.plusDays(2)).build())
                .warnings()).singleElement().satisfies(warning -> {
                    assertThat(warning.code()).isEqualTo(Warning.DEADLINE_SOON);
                    assertThat(warning.message()).contains("Mar 12, 2026").contains("within 48 hours");
                });
        assertThat(plan(offer("Acme", Level.SENIOR, 250_000).deadline(Fixtures.TODAY.plusDays(3)).build())
                .warns(Warning.DEADLINE_SOON)).isFalse();
        assertThat(plan(offer("Acme", Level.SENIOR, 250_000).deadline(Fixtures.TODAY.minusDays(1)).build())
                .warnings()).singleElement().satisfies(warning -> assertThat(warning.message()).contains("has passed"));
    }

    @Test
    void aBonusAboveTwentyPercentOfBaseWarnsThatBonusesAreFixedPerLevel() {
        CounterPlan high = plan(offer("Acme", Level.SENIOR, 250_000).bonusPercent(25).build());
        assertThat(high.warnings()).filteredOn(w -> w.code().equals(Warning.BONUS_LEVER)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("25 % of base ($62,500)")
                        .contains("usually fixed per level"));
        assertThat(plan(offer("Acme", Level.SENIOR, 250_000).bonusPercent(20).build()).warns(Warning.BONUS_LEVER))
                .isFalse();
    }

    @Test
    void openingAsksBelowTheWalkAwayPointWarn() {
        // Annualised 200,000 + 20,000 + 400,000 ÷ 4 = 320,000. Openings (usual move, +15 %, precise): base
        // 230,000 → 229,750, equity 460,000 → 459,750.
        // Opening total = 320,000 + (229,750 − 200,000) × 1.10 + (459,750 − 400,000) ÷ 4
        //               = 320,000 + 32,725 + 14,937.5 = 367,662.5 → 367,663 < the 600,000 walk-away.
        Offer acme = offer("Acme", Level.SENIOR, 200_000).bonusPercent(10).rsu(400_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, null, List.of(), BigDecimal.valueOf(600_000)),
                PlanSettings.defaults());

        assertThat(plan.walkAway()).isEqualByComparingTo("600000");
        assertThat(plan.walkAwayRule()).contains("your own walk-away point");
        assertThat(plan.warnings()).filteredOn(w -> w.code().equals(Warning.BELOW_WALK_AWAY)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("$367,663").contains("$600,000"));
        assertThat(CounterPlanner.plan(input(acme, null, List.of(), BigDecimal.valueOf(367_663)),
                PlanSettings.defaults()).warns(Warning.BELOW_WALK_AWAY)).isFalse();
    }

    @Test
    void aBetterOfferWithTheEquityLeverOffLeavesTheOpeningsBelowIt() {
        // Acme annualised 250,000; Bolt 300,000 + 400,000 ÷ 4 = 400,000 sets the walk-away.
        // Base only: Bolt's base matched, opening 300,000 → total 300,000 < 400,000. With the grant too, it
        // closes the gap: 250,000 + 50,000 + (479,750 − 0) ÷ 4 = 419,938.
        Offer acme = offer("Acme", Level.SENIOR, 250_000).build();
        Offer bolt = offer("Bolt", Level.SENIOR, 300_000).rsu(400_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, null, List.of(bolt)),
                PlanSettings.defaults().withLevers(EnumSet.of(Lever.BASE)));

        assertThat(plan.warns(Warning.BELOW_WALK_AWAY)).isTrue();
        assertThat(CounterPlanner.plan(input(acme, null, List.of(bolt)), PlanSettings.defaults())
                .warns(Warning.BELOW_WALK_AWAY)).isFalse();
    }
}
