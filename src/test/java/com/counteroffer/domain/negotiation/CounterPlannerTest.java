package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.Fixtures.input;
import static com.counteroffer.domain.negotiation.Fixtures.offer;
import static com.counteroffer.domain.negotiation.Fixtures.profile;
import static com.counteroffer.domain.negotiation.Fixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.PositionStatus;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.RemotePolicy;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every rule with numbers worked out by hand. The Senior/Lead band is $220,000 – $350,000+ (base);
 * Principal/Architect $380,000 – $550,000 (total compensation); Mid-Level $150,000 – $210,000 (base).
 * Grants vest 25 % on each of four anniversaries, so annualised = base + bonus + grant ÷ 4 + sign-on ÷ 4.
 */
class CounterPlannerTest {

    private static BigDecimal dollars(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static void assertMoney(BigDecimal actual, long expected) {
        assertThat(actual).isEqualByComparingTo(dollars(expected));
    }

    @Test
    void anOfferBelowItsBandAimsSeventyFivePercentThroughIt() {
        // Base 200,000 is 20,000 below the 220,000 bottom.
        // Band target = 220,000 + 0.75 × (350,000 − 220,000) = 220,000 + 97,500 = 317,500.
        // Opening = 317,500 × 1.10 = 349,250 → nearest 1,000 = 349,000.
        Offer acme = offer("Acme", Level.SENIOR, 200_000).bonusPercent(10).rsu(400_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, null, List.of()), PlanSettings.defaults());

        Ask base = plan.ask(Lever.BASE).orElseThrow();
        assertMoney(base.target(), 317_500);
        assertMoney(base.opening(), 349_000);
        assertThat(base.rule()).contains("base target $317,500 = $220,000 + 75 % × ($350,000 − $220,000)")
                .contains("Senior/Lead base salary range ($220,000 – $350,000+)")
                .contains("opening $349,000 = $317,500 × 1.10");
        assertThat(base.inputs()).containsKeys("offer base", "band", "target position", "anchor margin");
        assertThat(base.inputs().get("band")).contains("Seed article (2026)").contains("verified");
        assertThat(plan.position().status()).isEqualTo(PositionStatus.BELOW);
        assertThat(plan.position().distance()).isEqualTo(20_000);
        assertThat(plan.position().basis()).isEqualTo(PayBasis.BASE);
        // No competitor, no unvested equity, no profile: no sign-on, level, remote or relocation ask.
        assertThat(plan.asks()).extracting(Ask::lever).containsExactly(Lever.BASE, Lever.EQUITY, Lever.START_DATE);
        assertThat(plan.walkAway()).isNull();
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.notes()).anyMatch(note -> note.contains("bonus percentages are usually fixed per level"))
                .anyMatch(note -> note.contains("not legal or tax advice"));
    }

    @Test
    void withoutACompetitorTheEquityTargetIsHalfTheAnchorAboveTheGrant() {
        // Grant 400,000 × (1 + 0.10 ÷ 2) = 420,000; opening 420,000 × 1.10 = 462,000.
        Offer acme = offer("Acme", Level.SENIOR, 200_000).bonusPercent(10).rsu(400_000).build();

        Ask equity = CounterPlanner.plan(input(acme, null, List.of()), PlanSettings.defaults())
                .ask(Lever.EQUITY).orElseThrow();

        assertMoney(equity.target(), 420_000);
        assertMoney(equity.opening(), 462_000);
        assertThat(equity.rule()).contains("equity target $420,000 = the grant $400,000 × (1 + 10 % ÷ 2)");
    }

    @Test
    void anOfferInsideItsBandWithABetterCompetitorAndUnvestedEquity() {
        // Target position 0.5: band target = 220,000 + 0.5 × 130,000 = 285,000.
        // Bolt pays a base of 300,000 > 285,000 and > 250,000, so the base target is 300,000; opening 330,000.
        // Acme annualised = 250,000 + 25,000 bonus + 400,000 ÷ 4 = 375,000.
        // Bolt annualised = 300,000 + 480,000 ÷ 4 = 420,000.
        // Equity target = 400,000 + (420,000 − 375,000) × 4 = 580,000; opening 580,000 × 1.10 = 638,000.
        // Sign-on: unvested 120,000 ÷ 2 assumed years = 60,000; opening 66,000.
        // Walk away: Bolt's 420,000.
        Offer acme = offer("Acme", Level.SENIOR, 250_000).bonusPercent(10).rsu(400_000).build();
        Offer bolt = offer("Bolt", Level.SENIOR, 300_000).rsu(480_000).build();

        CounterPlan plan = CounterPlanner.plan(
                input(acme, profile(Level.SENIOR, null, 120_000L, Set.of(), List.of()), List.of(bolt)),
                settings("0.5"));

        Ask base = plan.ask(Lever.BASE).orElseThrow();
        assertMoney(base.target(), 300_000);
        assertMoney(base.opening(), 330_000);
        assertThat(base.rule()).contains("the best competing base (Bolt)").contains("50 % point").contains("$285,000");
        assertThat(base.inputs().get("best competing base")).isEqualTo("$300,000 (Bolt)");

        Ask equity = plan.ask(Lever.EQUITY).orElseThrow();
        assertMoney(equity.target(), 580_000);
        assertMoney(equity.opening(), 638_000);
        assertThat(equity.rule()).contains("$400,000 + ($420,000 − $375,000) × 4 vesting years")
                .contains("match Bolt's annualised total $420,000");

        Ask signOn = plan.ask(Lever.SIGN_ON).orElseThrow();
        assertMoney(signOn.target(), 60_000);
        assertMoney(signOn.opening(), 66_000);
        assertThat(signOn.inputs().get("years left to vest")).contains("assumption");
        assertThat(signOn.rule()).contains("$120,000 ÷ 2 years left to vest (assumed)");

        assertMoney(plan.walkAway(), 420_000);
        assertThat(plan.walkAwayRule()).contains("Bolt, $420,000");
        assertMoney(plan.unvestedLeftBehind(), 120_000);
        // (250,000 − 220,000) ÷ 130,000 = 0.2307…
        assertThat(plan.position().status()).isEqualTo(PositionStatus.WITHIN);
        assertThat(plan.position().position()).isBetween(new BigDecimal("0.2307"), new BigDecimal("0.2308"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aBandTargetAboveTheCompetitorsBaseStillWins() {
        // Bolt's 300,000 base is below the 0.75 band target of 317,500, so the band target stands.
        Offer acme = offer("Acme", Level.SENIOR, 250_000).rsu(400_000).build();
        Offer bolt = offer("Bolt", Level.SENIOR, 300_000).build();

        Ask base = CounterPlanner.plan(input(acme, null, List.of(bolt)), PlanSettings.defaults())
                .ask(Lever.BASE).orElseThrow();

        assertMoney(base.target(), 317_500);
    }

    @Test
    void anOfferAboveItsBandKeepsItsOwnBaseAndWarnsAndAsksForTheNextLevel() {
        // Base 360,000 ≥ the 317,500 band target and there is no competitor: target = 360,000 (nothing invented);
        // opening 360,000 × 1.10 = 396,000, above the 350,000 top with no competing offer to support it.
        Offer acme = offer("Acme", Level.SENIOR, 360_000).rsu(200_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, profile(Level.SENIOR, null, null, Set.of(), List.of()),
                List.of()), PlanSettings.defaults());

        Ask base = plan.ask(Lever.BASE).orElseThrow();
        assertMoney(base.target(), 360_000);
        assertMoney(base.opening(), 396_000);
        assertThat(base.rule()).contains("the offer's own base").contains("no higher target is invented");
        assertThat(plan.position().status()).isEqualTo(PositionStatus.ABOVE);
        assertThat(plan.position().distance()).isEqualTo(10_000);
        assertThat(plan.warns(Warning.ABOVE_BAND_UNSUPPORTED)).isTrue();

        Ask level = plan.ask(Lever.LEVEL).orElseThrow();
        assertThat(level.target()).isNull();
        assertThat(level.text()).contains("levelled Principal/Architect rather than Senior/Lead")
                .contains("$360,000 is above the top").contains("$380,000 – $550,000");
    }

    @Test
    void aCompetitorPayingAboveTheBandSupportsAnAskAboveIt() {
        // Bolt pays 380,000 base, above the 350,000 top: target 380,000, opening 418,000, no warning.
        Offer acme = offer("Acme", Level.SENIOR, 300_000).build();
        Offer bolt = offer("Bolt", Level.SENIOR, 380_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, null, List.of(bolt)), PlanSettings.defaults());

        assertMoney(plan.ask(Lever.BASE).orElseThrow().opening(), 418_000);
        assertThat(plan.warns(Warning.ABOVE_BAND_UNSUPPORTED)).isFalse();
    }

    @Test
    void aTotalCompensationBandSetsNoBaseTargetOnlyCompetitorsDo() {
        // Principal/Architect is total compensation: without a competitor there is no base ask.
        // Annualised = 300,000 + 800,000 ÷ 4 = 500,000: (500,000 − 380,000) ÷ 170,000 ≈ 0.706 through the band.
        Offer acme = offer("Acme", Level.PRINCIPAL, 300_000).rsu(800_000).build();
        CounterPlan alone = CounterPlanner.plan(input(acme, null, List.of()), PlanSettings.defaults());

        assertThat(alone.ask(Lever.BASE)).isEmpty();
        assertThat(alone.notes()).anyMatch(note -> note.contains("is total compensation, so it sets no base target"));
        assertThat(alone.position().basis()).isEqualTo(PayBasis.TOTAL_COMP);
        assertThat(alone.position().value()).isEqualTo(500_000);

        // Bolt pays a base of 320,000: target 320,000, opening 352,000.
        Offer bolt = offer("Bolt", Level.PRINCIPAL, 320_000).build();
        Ask base = CounterPlanner.plan(input(acme, null, List.of(bolt)), PlanSettings.defaults())
                .ask(Lever.BASE).orElseThrow();
        assertMoney(base.target(), 320_000);
        assertMoney(base.opening(), 352_000);
        assertThat(base.rule()).contains("best competing base (Bolt)").contains("total compensation");
    }

    @Test
    void aTotalCompensationOpeningAboveThePrincipalTopWarns() {
        // Annualised 300,000 + 1,000,000 ÷ 4 = 550,000 (the top). Equity target 1,050,000, opening 1,155,000:
        // opening total = 550,000 + 155,000 ÷ 4 = 588,750 > 550,000, no competitor → warning.
        Offer acme = offer("Acme", Level.PRINCIPAL, 300_000).rsu(1_000_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, null, List.of()), PlanSettings.defaults());

        assertMoney(plan.ask(Lever.EQUITY).orElseThrow().opening(), 1_155_000);
        assertThat(plan.warnings()).filteredOn(w -> w.code().equals(Warning.ABOVE_BAND_UNSUPPORTED))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("$588,750"));
    }

    @Test
    void theCurrentJobsYearOneVestingIsTheSignOnTarget() {
        // Current job: 165,000 base, 10 % bonus, 100,000 grant over four years: year 1 vests 25,000.
        // Profile unvested 80,000 > 25,000, so the target is 25,000; opening 27,500 → 28,000 (halves round up).
        // The offer's 10,000 sign-on doesn't cover it, so the ask stands.
        // Walk away: current job annualised = 165,000 + 16,500 + 25,000 = 206,500.
        Offer acme = offer("Acme", Level.SENIOR, 250_000).signOn(10_000).build();
        Offer current = offer("Oldco", Level.MID, 165_000).bonusPercent(10).rsu(100_000).current().build();

        CounterPlan plan = CounterPlanner.plan(
                input(acme, profile(Level.SENIOR, null, 80_000L, Set.of(), List.of()), List.of(current)),
                PlanSettings.defaults());

        Ask signOn = plan.ask(Lever.SIGN_ON).orElseThrow();
        assertMoney(signOn.target(), 25_000);
        assertMoney(signOn.opening(), 28_000);
        assertThat(signOn.rule()).contains("your current job at Oldco vests in year 1");
        assertThat(signOn.inputs().get("offer sign-on")).startsWith("$10,000");
        assertMoney(plan.walkAway(), 206_500);
        assertThat(plan.walkAwayRule()).contains("your current job and other offers").contains("Oldco");
    }

    @Test
    void theSignOnTargetIsCappedByTheUnvestedEquityAndSkippedWhenTheOfferCoversIt() {
        // Profile unvested 20,000 < the 25,000 vesting in year 1: target 20,000, opening 22,000.
        Offer current = offer("Oldco", Level.MID, 165_000).rsu(100_000).current().build();
        Offer acme = offer("Acme", Level.SENIOR, 250_000).build();
        Ask capped = CounterPlanner.plan(
                input(acme, profile(Level.SENIOR, null, 20_000L, Set.of(), List.of()), List.of(current)),
                PlanSettings.defaults()).ask(Lever.SIGN_ON).orElseThrow();
        assertMoney(capped.target(), 20_000);
        assertMoney(capped.opening(), 22_000);

        // An offer with a 30,000 sign-on already covers 25,000: no ask, and a note says why.
        Offer generous = offer("Acme", Level.SENIOR, 250_000).signOn(30_000).build();
        CounterPlan plan = CounterPlanner.plan(input(generous, null, List.of(current)), PlanSettings.defaults());
        assertThat(plan.ask(Lever.SIGN_ON)).isEmpty();
        assertThat(plan.notes()).anyMatch(note -> note.contains("already covers the $25,000"));
    }

    @Test
    void withoutUnvestedEquityThereIsNoSignOnAsk() {
        Offer acme = offer("Acme", Level.SENIOR, 250_000).build();

        CounterPlan plan = CounterPlanner.plan(
                input(acme, profile(Level.SENIOR, null, null, Set.of(), List.of()), List.of()), PlanSettings.defaults());

        assertThat(plan.ask(Lever.SIGN_ON)).isEmpty();
        assertThat(plan.unvestedLeftBehind()).isNull();
    }

    @Test
    void anOfferWithNoEquityGetsAnEquityAskOnlyToMatchABetterOffer() {
        Offer acme = offer("Acme", Level.SENIOR, 250_000).build();
        assertThat(CounterPlanner.plan(input(acme, null, List.of()), PlanSettings.defaults()).ask(Lever.EQUITY))
                .isEmpty();

        // Bolt annualised 260,000 + 200,000 ÷ 4 = 310,000 vs 250,000: grant 0 + 60,000 × 4 (assumed years) = 240,000.
        Offer bolt = offer("Bolt", Level.SENIOR, 260_000).rsu(200_000).build();
        Ask equity = CounterPlanner.plan(input(acme, null, List.of(bolt)), PlanSettings.defaults())
                .ask(Lever.EQUITY).orElseThrow();
        assertMoney(equity.target(), 240_000);
        assertMoney(equity.opening(), 264_000);
        assertThat(equity.inputs().get("vesting years")).contains("assumption");
    }

    @Test
    void aHigherProfileLevelAsksToBeLevelledUp() {
        Offer acme = offer("Acme", Level.MID, 200_000).build();

        Ask level = CounterPlanner.plan(input(acme, profile(Level.SENIOR, null, null, Set.of(), List.of()), List.of()),
                PlanSettings.defaults()).ask(Lever.LEVEL).orElseThrow();

        assertThat(level.text()).contains("levelled Senior/Lead rather than Mid-Level")
                .contains("$220,000 – $350,000+").contains("$150,000 – $210,000");
        assertThat(level.inputs()).containsKeys("offer level", "your level", "wanted level");
    }

    @Test
    void anOfferWithoutALevelUsesTheProfilesBandAndAsksWhichLevelItIs() {
        // Level from the profile (Senior): same 317,500 band target.
        Offer acme = offer("Acme", null, 250_000).build();

        CounterPlan plan = CounterPlanner.plan(
                input(acme, profile(Level.SENIOR, null, null, Set.of(), List.of()), List.of()), PlanSettings.defaults());

        assertMoney(plan.ask(Lever.BASE).orElseThrow().target(), 317_500);
        assertThat(plan.ask(Lever.LEVEL).orElseThrow().text()).contains("Ask which level");
        assertThat(plan.notes()).anyMatch(note -> note.contains("uses the level in your profile (Senior/Lead)"));
    }

    @Test
    void remoteAndRelocationAsksComeFromTheOfferAndTheProfilesLocation() {
        Offer onsite = offer("Acme", Level.SENIOR, 250_000).location("sf", RemotePolicy.ONSITE).build();
        CounterPlan remote = CounterPlanner.plan(
                input(onsite, profile(Level.SENIOR, "remote", null, Set.of(), List.of()), List.of()),
                PlanSettings.defaults());
        assertThat(remote.ask(Lever.REMOTE).orElseThrow().text()).contains("can be remote").contains("On-site");
        assertThat(remote.ask(Lever.RELOCATION).orElseThrow().text()).contains("San Francisco / Silicon Valley");

        Offer seattle = offer("Acme", Level.SENIOR, 250_000).location("seattle", RemotePolicy.HYBRID).build();
        CounterPlan moving = CounterPlanner.plan(
                input(seattle, profile(Level.SENIOR, "austin", null, Set.of(), List.of()), List.of()),
                PlanSettings.defaults());
        assertThat(moving.ask(Lever.REMOTE)).isEmpty();
        assertThat(moving.ask(Lever.RELOCATION).orElseThrow().text()).contains("Seattle").contains("Austin, TX");

        Offer paid = offer("Acme", Level.SENIOR, 250_000).location("seattle", RemotePolicy.HYBRID)
                .relocation(15_000).build();
        assertThat(CounterPlanner.plan(input(paid, profile(Level.SENIOR, "austin", null, Set.of(), List.of()),
                List.of()), PlanSettings.defaults()).ask(Lever.RELOCATION)).isEmpty();
    }

    @Test
    void onlyTheChosenLeversAreAskedForInLeverOrder() {
        Offer acme = offer("Acme", Level.SENIOR, 200_000).rsu(400_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, null, List.of()),
                PlanSettings.defaults().withLevers(EnumSet.of(Lever.START_DATE, Lever.BASE)));

        assertThat(plan.asks()).extracting(Ask::lever).containsExactly(Lever.BASE, Lever.START_DATE);
    }

    @Test
    void theAnchorMarginMovesOnlyTheOpening() {
        // Margin 0: opening = target = 317,500 → 318,000 (nearest 1,000, halves up).
        Offer acme = offer("Acme", Level.SENIOR, 200_000).build();

        Ask base = CounterPlanner.plan(input(acme, null, List.of()),
                PlanSettings.defaults().withAnchorMargin(BigDecimal.ZERO)).ask(Lever.BASE).orElseThrow();

        assertMoney(base.target(), 317_500);
        assertMoney(base.opening(), 318_000);
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> settings("1.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 (bottom of the band) to 1");
        assertThatThrownBy(() -> PlanSettings.defaults().withAnchorMargin(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PlanSettings(BigDecimal.ONE, BigDecimal.ZERO, null).levers()).hasSize(Lever.values().length);
    }
}
