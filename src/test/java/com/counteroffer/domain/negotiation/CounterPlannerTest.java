package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.Fixtures.input;
import static com.counteroffer.domain.negotiation.Fixtures.offer;
import static com.counteroffer.domain.negotiation.Fixtures.profile;
import static com.counteroffer.domain.negotiation.Fixtures.settings;
import static com.counteroffer.domain.negotiation.Fixtures.withPostedRange;
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
 * Every evidence rule with numbers worked out by hand. Bands: Entry $110,000 – $145,000 and Mid-Level
 * $150,000 – $210,000 (base); Senior/Lead $220,000 – $350,000+ stated as base but flagged as more likely
 * total compensation, so it sets no base target; Principal/Architect $380,000 – $550,000 (total
 * compensation). Grants vest 25 % on each of four anniversaries, so annualised = base + bonus + grant ÷ 4
 * + sign-on ÷ 4. Defaults: target 75 % through a band, opening 5 % above the target, usual move +15 % on
 * base or grant and +25 % on the total. Computed openings are rounded down to $250, never a round $5,000.
 */
class CounterPlannerTest {

    private static BigDecimal dollars(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static void assertMoney(BigDecimal actual, long expected) {
        assertThat(actual).isEqualByComparingTo(dollars(expected));
    }

    private static CounterPlan plan(NegotiationInput input) {
        return CounterPlanner.plan(input, PlanSettings.defaults());
    }

    @Test
    void aSeniorOfferWithoutEvidenceStaysWithinTheUsualMove() {
        // The case: it used to open at $349,000 (+48.5 %) from the Senior band.
        // Base: 235,000 × 1.15 = 270,250 (precise already); target 270,250 ÷ 1.05 = 257,380.95 → 257,381.
        // Grant: 400,000 × 1.15 = 460,000, a round $5,000 → 459,750; target 459,750 ÷ 1.05 = 437,857.
        Offer acme = offer("Acme", Level.SENIOR, 235_000).bonusPercent(15).rsu(400_000).build();

        CounterPlan plan = plan(input(acme, null, List.of()));

        Ask base = plan.ask(Lever.BASE).orElseThrow();
        assertThat(base.evidence()).isEqualTo(Evidence.USUAL_MOVE);
        assertMoney(base.opening(), 270_250);
        assertMoney(base.target(), 257_381);
        assertMoney(base.evidenceLimit(), 270_250);
        assertThat(base.reason()).contains("stays within what a counter usually moves: +15 % at most");
        assertThat(base.text()).contains("+15 %");
        assertThat(base.say()).isEqualTo("I'd like to ask for a base of $270,250.");
        assertThat(base.ifPushed()).contains("flexibility on base");
        assertThat(plan.notes()).anyMatch(note -> note.contains("Senior/Lead base salary range ($220,000 – $350,000+)"
                + " sets no base target: the dataset flags it as more likely total compensation"));

        Ask equity = plan.ask(Lever.EQUITY).orElseThrow();
        assertThat(equity.evidence()).isEqualTo(Evidence.USUAL_MOVE);
        assertMoney(equity.opening(), 459_750);
        assertMoney(equity.target(), 437_857);

        // Annualised 235,000 + 35,250 + 100,000 = 370,250; openings add 35,250 × 1.15 = 40,537.5 → 40,538
        // and (459,750 − 400,000) ÷ 4 = 14,937.5: 425,725.5 → 425,726, within +25 % (462,813).
        assertMoney(plan.totals().offer(), 370_250);
        assertMoney(plan.totals().opening(), 425_726);
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.position().basis()).isEqualTo(PayBasis.BASE);
    }

    @Test
    void aCompetingBaseAboveTheOfferIsMatchedAsItIs() {
        // Northwind pays 260,000: opening 260,000 (their figure), target 260,000 ÷ 1.05 = 247,619.05 → 247,619.
        Offer acme = offer("Acme", Level.SENIOR, 235_000).bonusPercent(15).rsu(400_000).build();
        // Northwind is worth 260,000 + 480,000 ÷ 4 = 380,000 a year, more than Acme's 370,250.
        Offer northwind = offer("Northwind", Level.SENIOR, 260_000).rsu(480_000).build();

        CounterPlan plan = plan(input(acme, null, List.of(northwind)));

        Ask base = plan.ask(Lever.BASE).orElseThrow();
        assertThat(base.evidence()).isEqualTo(Evidence.COMPETING_OFFER);
        assertMoney(base.opening(), 260_000);
        assertMoney(base.target(), 247_619);
        assertMoney(base.evidenceLimit(), 260_000);
        assertThat(base.reason()).isEqualTo("Northwind pays a base of $260,000, so the opening asks Acme to match it.");
        assertThat(base.say()).contains("another offer with a base of $260,000").contains("If Acme can match that");
        assertThat(base.exceedsEvidence()).isFalse();
        // The base target adds (247,619 − 235,000) × 1.15 = 14,512, more than the 9,750 gap: no grant ask.
        assertThat(plan.ask(Lever.EQUITY)).isEmpty();

        // A higher base from an offer worth less in total is not cited: the usual move instead.
        Offer weaker = offer("Northwind", Level.SENIOR, 260_000).rsu(200_000).build();
        assertThat(plan(input(acme, null, List.of(weaker))).ask(Lever.BASE).orElseThrow().evidence())
                .isEqualTo(Evidence.USUAL_MOVE);
    }

    @Test
    void aCompetingBaseBelowTheOfferIsNoEvidence() {
        Offer acme = offer("Acme", Level.SENIOR, 235_000).build();
        Offer bolt = offer("Bolt", Level.SENIOR, 220_000).build();

        Ask base = plan(input(acme, null, List.of(bolt))).ask(Lever.BASE).orElseThrow();

        assertThat(base.evidence()).isEqualTo(Evidence.USUAL_MOVE);
        assertMoney(base.opening(), 270_250);
        assertThat(base.inputs()).doesNotContainKey("best competing base");
    }

    @Test
    void aBaseBandOfTheMatchingBasisAimsSeventyFivePercentThroughIt() {
        // Mid-Level: 150,000 + 0.75 × 60,000 = 195,000; opening 195,000 × 1.05 = 204,750 (precise), below the
        // 210,000 top.
        Offer acme = offer("Acme", Level.MID, 160_000).build();

        CounterPlan plan = plan(input(acme, null, List.of()));

        Ask base = plan.ask(Lever.BASE).orElseThrow();
        assertThat(base.evidence()).isEqualTo(Evidence.MARKET_BAND);
        assertMoney(base.target(), 195_000);
        assertMoney(base.opening(), 204_750);
        assertMoney(base.evidenceLimit(), 210_000);
        assertThat(base.rule()).contains("base target $195,000 = $150,000 + 75 % × ($210,000 − $150,000)");
        assertThat(base.inputs().get("band")).contains("Seed article (2026)").contains("verified");
        assertThat(base.say()).isEqualTo("From what I've seen of pay for this level, I'd like to ask for a base of "
                + "$204,750.");
        assertThat(plan.position().status()).isEqualTo(PositionStatus.WITHIN);
    }

    @Test
    void aBandPointBelowTheOfferLeavesTheUsualMoveHeldAtTheBandsTop() {
        // Mid-Level 200,000: the 195,000 point is not above it. Usual move 230,000 held at the 210,000 top:
        // 210,000 is round → 209,750; target max(200,000, 209,750 ÷ 1.05 = 199,762) = 200,000.
        Offer acme = offer("Acme", Level.MID, 200_000).build();

        CounterPlan plan = plan(input(acme, null, List.of()));

        Ask base = plan.ask(Lever.BASE).orElseThrow();
        assertThat(base.evidence()).isEqualTo(Evidence.USUAL_MOVE);
        assertMoney(base.opening(), 209_750);
        assertMoney(base.target(), 200_000);
        assertMoney(base.evidenceLimit(), 210_000);
        assertThat(base.rule()).contains("held at the top of the Mid-Level base salary range ($210,000)");
        assertThat(plan.notes()).anyMatch(note -> note.contains("($195,000) is not above the offer's base"));
        assertThat(plan.warns(Warning.ABOVE_BAND_UNSUPPORTED)).isFalse();
    }

    @Test
    void aPostedRangeSizesTheBaseWhenNothingStrongerDoes() {
        // Posted 240,000 – 280,000: point 240,000 + 0.75 × 40,000 = 270,000; 270,000 × 1.05 = 283,500 is held at
        // the 280,000 top, a round figure → 279,750.
        Offer acme = offer("Acme", Level.SENIOR, 235_000).build();

        Ask base = plan(withPostedRange(input(acme, null, List.of()), 240_000, 280_000)).ask(Lever.BASE).orElseThrow();

        assertThat(base.evidence()).isEqualTo(Evidence.POSTED_RANGE);
        assertMoney(base.target(), 270_000);
        assertMoney(base.opening(), 279_750);
        assertMoney(base.evidenceLimit(), 280_000);
        assertThat(base.say()).startsWith("The posting lists $240,000 to $280,000 for this role");

        // A competing offer comes first, even when the range would support more; the range is listed beside it.
        Offer bolt = offer("Bolt", Level.SENIOR, 250_000).build();
        Ask matched = plan(withPostedRange(input(acme, null, List.of(bolt)), 240_000, 280_000))
                .ask(Lever.BASE).orElseThrow();
        assertThat(matched.evidence()).isEqualTo(Evidence.COMPETING_OFFER);
        assertMoney(matched.opening(), 250_000);
        assertThat(matched.inputs().get("also supported")).isEqualTo("$270,000 from the job's posted pay range");
    }

    @Test
    void unvestedEquitySizesTheSignOnHeldAtAllOfIt() {
        // Unvested 120,000 over an assumed 2 years: target 60,000; opening 63,000 (precise), within 120,000.
        Offer acme = offer("Acme", Level.SENIOR, 250_000).build();

        Ask signOn = plan(input(acme, profile(Level.SENIOR, null, 120_000L, Set.of(), List.of()), List.of()))
                .ask(Lever.SIGN_ON).orElseThrow();

        assertThat(signOn.evidence()).isEqualTo(Evidence.UNVESTED_EQUITY);
        assertMoney(signOn.target(), 60_000);
        assertMoney(signOn.opening(), 63_000);
        assertMoney(signOn.evidenceLimit(), 120_000);
        assertThat(signOn.inputs().get("years left to vest")).contains("assumption");
        assertThat(signOn.say()).contains("leaving about $60,000 of unvested equity behind")
                .contains("sign-on bonus of $63,000");
    }

    @Test
    void theCurrentJobsYearOneVestingIsTheSignOnTarget() {
        // Oldco: 100,000 grant over four years, 25,000 vests in year 1; unvested 80,000. Target 25,000; opening
        // 26,250. The offer's 10,000 sign-on doesn't cover it. Walk away: 165,000 + 16,500 + 25,000 = 206,500.
        Offer acme = offer("Acme", Level.SENIOR, 250_000).signOn(10_000).build();
        Offer current = offer("Oldco", Level.MID, 165_000).bonusPercent(10).rsu(100_000).current().build();

        CounterPlan plan = plan(input(acme, profile(Level.SENIOR, null, 80_000L, Set.of(), List.of()),
                List.of(current)));

        Ask signOn = plan.ask(Lever.SIGN_ON).orElseThrow();
        assertMoney(signOn.target(), 25_000);
        assertMoney(signOn.opening(), 26_250);
        assertThat(signOn.rule()).contains("your current job at Oldco vests in year 1");
        assertMoney(plan.walkAway(), 206_500);

        // Unvested 20,000 < 25,000: the target is 20,000 and the opening can't go past it.
        Ask capped = plan(input(acme, profile(Level.SENIOR, null, 20_000L, Set.of(), List.of()), List.of(current)))
                .ask(Lever.SIGN_ON).orElseThrow();
        assertMoney(capped.target(), 20_000);
        assertMoney(capped.opening(), 20_000);
        assertThat(capped.exceedsEvidence()).isFalse();

        // A 30,000 sign-on already covers the 25,000: no ask, and a note says why.
        Offer generous = offer("Acme", Level.SENIOR, 250_000).signOn(30_000).build();
        CounterPlan covered = plan(input(generous, null, List.of(current)));
        assertThat(covered.ask(Lever.SIGN_ON)).isEmpty();
        assertThat(covered.notes()).anyMatch(note -> note.contains("already covers the $25,000"));
    }

    @Test
    void aLargerCompetingSignOnIsMatchedAndASmallerOneLeavesTheUnvestedRule() {
        Offer acme = offer("Acme", Level.SENIOR, 250_000).build();
        var profile = profile(Level.SENIOR, null, 120_000L, Set.of(), List.of());

        // Bolt's 50,000 is below the 60,000 the unvested equity supports (Bolt: 240,000 + 12,500 > 250,000).
        Offer small = offer("Bolt", Level.SENIOR, 240_000).signOn(50_000).build();
        assertThat(plan(input(acme, profile, List.of(small))).ask(Lever.SIGN_ON).orElseThrow().evidence())
                .isEqualTo(Evidence.UNVESTED_EQUITY);

        // Bolt's 80,000 is matched: target 80,000 ÷ 1.05 = 76,190.48 → 76,190.
        Offer large = offer("Bolt", Level.SENIOR, 240_000).signOn(80_000).build();
        Ask matched = plan(input(acme, profile, List.of(large))).ask(Lever.SIGN_ON).orElseThrow();
        assertThat(matched.evidence()).isEqualTo(Evidence.COMPETING_OFFER);
        assertMoney(matched.opening(), 80_000);
        assertMoney(matched.target(), 76_190);
        assertThat(matched.say()).contains("sign-on bonus of $80,000; could Acme match it?");
    }

    @Test
    void aBetterCompetingTotalSizesTheGrantForWhatTheBaseTargetLeaves() {
        // Acme 250,000 + 25,000 + 100,000 = 375,000; Bolt 300,000 + 120,000 = 420,000: gap 45,000.
        // Base matched: opening 300,000, target 285,714, which adds (285,714 − 250,000) × 1.10 = 39,285.4 → 39,285.
        // Grant target 400,000 + (45,000 − 39,285) × 4 = 422,860; opening 422,860 × 1.05 = 444,003 → 444,000,
        // held at 400,000 + 45,000 × 4 = 580,000.
        Offer acme = offer("Acme", Level.SENIOR, 250_000).bonusPercent(10).rsu(400_000).build();
        Offer bolt = offer("Bolt", Level.SENIOR, 300_000).rsu(480_000).build();

        CounterPlan plan = plan(input(acme, null, List.of(bolt)));

        Ask equity = plan.ask(Lever.EQUITY).orElseThrow();
        assertThat(equity.evidence()).isEqualTo(Evidence.COMPETING_OFFER);
        assertMoney(equity.target(), 422_860);
        assertMoney(equity.opening(), 444_000);
        assertMoney(equity.evidenceLimit(), 580_000);
        assertThat(equity.say()).contains("worth about $420,000 a year in total");
        assertMoney(plan.walkAway(), 420_000);
        assertMoney(plan.totals().target(), 375_000 + 39_285 + 5_715);
    }

    @Test
    void aCompetitorsSignOnIsMatchedOnceNotAgainInTheGrant() {
        // Northwind: 260,000 + 26,000 + 480,000 ÷ 4 + 40,000 ÷ 4 = 416,000; Acme 370,250: gap 45,750.
        // Base matched (target 247,619 adds 12,619 × 1.15 = 14,512); sign-on matched (target 38,095 adds 9,523.75):
        // together 24,035.75 → 24,036. Grant target 400,000 + (45,750 − 24,036) × 4 = 486,856; opening
        // 486,856 × 1.05 = 511,198.8 → 511,000, held at 400,000 + 45,750 × 4 = 583,000.
        Offer acme = offer("Acme", Level.SENIOR, 235_000).bonusPercent(15).rsu(400_000).build();
        Offer northwind = offer("Northwind", Level.SENIOR, 260_000).bonusPercent(10).rsu(480_000).signOn(40_000).build();

        CounterPlan plan = plan(input(acme, null, List.of(northwind)));

        assertThat(plan.asks()).extracting(Ask::lever).containsExactly(Lever.BASE, Lever.EQUITY, Lever.SIGN_ON,
                Lever.START_DATE);
        assertMoney(plan.ask(Lever.SIGN_ON).orElseThrow().opening(), 40_000);
        Ask equity = plan.ask(Lever.EQUITY).orElseThrow();
        assertMoney(equity.target(), 486_856);
        assertMoney(equity.opening(), 511_000);
        assertThat(equity.rule()).contains("($45,750 gap − $24,036 the base and sign-on targets add)");
        // Every opening together: 370,250 + 28,750 + 27,750 + 10,000 = 436,750, the margin above Northwind.
        assertMoney(plan.totals().opening(), 436_750);
    }

    @Test
    void optionsWorthNothingAtTheirPriceGetNoDollarGrantAsk() {
        // The startup case: 60,000 options at a $4 strike and a $4 409A price asked for a $1,018,000
        // grant because a competitor was worth more.
        Offer startup = offer("Tiny AI", Level.SENIOR, 205_000).optionsAtTheMoney(60_000, "4", "12").build();
        Offer bigTech = offer("Bolt", Level.SENIOR, 260_000).rsu(800_000).build();

        CounterPlan plan = plan(input(startup, null, List.of(bigTech)));

        assertThat(plan.ask(Lever.EQUITY)).isEmpty();
        assertThat(plan.notes()).anyMatch(note -> note.contains("options are worth $0"));
        // The base opening matches Bolt's base: +26.8 %, on evidence, not +70 %.
        assertMoney(plan.ask(Lever.BASE).orElseThrow().opening(), 260_000);
    }

    @Test
    void aTotalCompensationBandSizesTheGrantAndNeverTheBase() {
        // Principal 300,000 base + 400,000 grant = 400,000 annualised. The base gets the usual move: 345,000 is
        // round → 344,750, target 328,333, which adds 28,333. Band point 380,000 + 0.75 × 170,000 = 507,500:
        // grant target 400,000 + (107,500 − 28,333) × 4 = 716,668; opening 716,668 × 1.05 = 752,501 → 752,500,
        // held at 400,000 + (550,000 − 400,000 − 28,333) × 4 = 886,668.
        Offer acme = offer("Acme", Level.PRINCIPAL, 300_000).rsu(400_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, null, List.of()),
                PlanSettings.defaults().withLevers(EnumSet.of(Lever.BASE, Lever.EQUITY)));

        Ask equity = plan.ask(Lever.EQUITY).orElseThrow();
        assertThat(equity.evidence()).isEqualTo(Evidence.MARKET_BAND);
        assertMoney(equity.target(), 716_668);
        assertMoney(equity.opening(), 752_500);
        assertMoney(equity.evidenceLimit(), 886_668);
        // The band is never the base's evidence.
        Ask base = plan.ask(Lever.BASE).orElseThrow();
        assertThat(base.evidence()).isEqualTo(Evidence.USUAL_MOVE);
        assertMoney(base.opening(), 344_750);
        assertThat(plan.notes()).anyMatch(note -> note.contains("sets no base target: it is total compensation"));
    }

    @Test
    void openingsThatTogetherMoveTheTotalPastTheUsualWarn() {
        // Entry 110,000: band point 136,250, opening 143,062.5 → 143,000. Unvested 200,000: sign-on target
        // 100,000, opening 105,000 (round) → 104,750. Total 110,000 + 33,000 + 104,750 ÷ 4 = 169,187.5 → 169,188,
        // +53.8 % against the usual +25 % (137,500), and no competing offer is worth that much.
        Offer acme = offer("Acme", Level.ENTRY, 110_000).title("AI Infrastructure Engineer").build();

        CounterPlan plan = plan(input(acme, profile(Level.ENTRY, null, 200_000L, Set.of(), List.of()), List.of()));

        assertMoney(plan.ask(Lever.BASE).orElseThrow().opening(), 143_000);
        assertMoney(plan.ask(Lever.SIGN_ON).orElseThrow().opening(), 104_750);
        assertThat(plan.warnings()).filteredOn(w -> w.code().equals(Warning.ABOVE_USUAL_MOVE)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("$169,188").contains("+25 %"));

        // A competing offer worth more than this one sizes the asks it supports: no warning.
        Offer rich = offer("Bolt", Level.ENTRY, 140_000).rsu(200_000).build();
        assertThat(plan(input(acme, profile(Level.ENTRY, null, 200_000L, Set.of(), List.of()), List.of(rich)))
                .warns(Warning.ABOVE_USUAL_MOVE)).isFalse();
    }

    @Test
    void theUsualCeilingsAreSettings() {
        // A 10 % usual move: 235,000 × 1.10 = 258,500 (precise).
        Offer acme = offer("Acme", Level.SENIOR, 235_000).build();

        Ask base = CounterPlanner.plan(input(acme, null, List.of()), PlanSettings.defaults()
                .withCeilings(new BigDecimal("0.10"), new BigDecimal("0.20"))).ask(Lever.BASE).orElseThrow();

        assertMoney(base.opening(), 258_500);
        assertThat(base.reason()).contains("+10 % at most");
    }

    @Test
    void anOfferAboveItsBandAsksForTheNextLevelNotMoreBase() {
        // Mid-Level 220,000, above the 210,000 top: the usual move is held at the top, which the offer already
        // passes, so there is no base ask; the level is the lever.
        Offer acme = offer("Acme", Level.MID, 220_000).build();

        CounterPlan plan = plan(input(acme, profile(Level.MID, null, null, Set.of(), List.of()), List.of()));

        assertThat(plan.ask(Lever.BASE)).isEmpty();
        assertThat(plan.notes()).anyMatch(note -> note.contains("No base ask: the offer's base of $220,000 is already"
                + " at the top of what the evidence supports ($210,000)"));
        assertThat(plan.position().status()).isEqualTo(PositionStatus.ABOVE);
        Ask level = plan.ask(Lever.LEVEL).orElseThrow();
        assertThat(level.text()).contains("levelled Senior/Lead rather than Mid-Level").contains("$220,000 is above");
        assertThat(level.say()).contains("past the top of the range for Mid-Level");
    }

    @Test
    void aBaseAtTheTopOfThePostedRangeGetsNoBaseAskAndTheUsualMoveStopsAtItsTop() {
        // Posted 200,000 – 240,000 for a 235,000 Senior base: the range's 230,000 point is below the offer, and the
        // usual move (270,250) is held at the 240,000 top → 239,750, +2 %. At 240,000 itself there is nothing to ask.
        Offer acme = offer("Acme", Level.SENIOR, 235_000).build();
        Ask base = plan(withPostedRange(input(acme, null, List.of()), 200_000, 240_000)).ask(Lever.BASE).orElseThrow();
        assertMoney(base.opening(), 239_750);
        assertThat(base.rule()).contains("held at the top of the posted range ($240,000)");

        Offer atTop = offer("Acme", Level.SENIOR, 240_000).build();
        assertThat(plan(withPostedRange(input(atTop, null, List.of()), 200_000, 240_000)).ask(Lever.BASE)).isEmpty();
    }

    @Test
    void aCompetitorPayingAboveTheBandSupportsAnAskAboveIt() {
        Offer acme = offer("Acme", Level.MID, 180_000).build();
        Offer bolt = offer("Bolt", Level.MID, 230_000).build();

        CounterPlan plan = plan(input(acme, null, List.of(bolt)));

        assertMoney(plan.ask(Lever.BASE).orElseThrow().opening(), 230_000);
        assertThat(plan.warns(Warning.ABOVE_BAND_UNSUPPORTED)).isFalse();
    }

    @Test
    void anOfferWithNoEquityGetsAnEquityAskOnlyToMatchABetterOffer() {
        Offer acme = offer("Acme", Level.MID, 200_000).build();
        assertThat(plan(input(acme, null, List.of())).ask(Lever.EQUITY)).isEmpty();

        // Bolt 200,000 + 200,000 ÷ 4 = 250,000 vs 200,000 (its base is not higher: no base raise from it).
        // The usual base move (209,750, target 200,000) adds nothing at its target; grant 0 + 50,000 × 4 (assumed
        // years) = 200,000, which is also the whole gap in equity: the opening can't go past it.
        Offer bolt = offer("Bolt", Level.MID, 200_000).rsu(200_000).build();
        Ask equity = plan(input(acme, null, List.of(bolt))).ask(Lever.EQUITY).orElseThrow();
        assertMoney(equity.target(), 200_000);
        assertMoney(equity.opening(), 200_000);
        assertThat(equity.exceedsEvidence()).isFalse();
        assertThat(equity.inputs().get("vesting years")).contains("assumption");
    }

    @Test
    void everyAskSaysWhyWhatToSayAndWhatToSayWhenPushed() {
        Offer acme = offer("Acme", Level.MID, 160_000).location("sf", RemotePolicy.ONSITE).rsu(100_000).build();
        Offer current = offer("Oldco", Level.MID, 150_000).rsu(100_000).current().build();

        CounterPlan plan = plan(input(acme, profile(Level.SENIOR, "remote", 60_000L, Set.of(), List.of()),
                List.of(current)));

        assertThat(plan.asks()).extracting(Ask::lever).containsExactly(Lever.BASE, Lever.EQUITY, Lever.SIGN_ON,
                Lever.LEVEL, Lever.START_DATE, Lever.REMOTE, Lever.RELOCATION);
        assertThat(plan.asks()).allSatisfy(ask -> {
            assertThat(ask.reason()).isNotBlank().endsWith(".");
            assertThat(ask.say()).isNotBlank().doesNotContain("null");
            assertThat(ask.ifPushed()).isNotBlank();
        });
        assertThat(plan.advice()).extracting(Advice::sourceId).contains(NegotiationAdvice.FIRST_MOVE_SOURCE,
                NegotiationAdvice.TIME_SOURCE, NegotiationAdvice.PRECISION_SOURCE);
    }

    @Test
    void anOfferWithoutALevelUsesTheProfilesBandAndAsksWhichLevelItIs() {
        Offer acme = offer("Acme", null, 160_000).build();

        CounterPlan plan = plan(input(acme, profile(Level.MID, null, null, Set.of(), List.of()), List.of()));

        assertMoney(plan.ask(Lever.BASE).orElseThrow().target(), 195_000);
        assertThat(plan.ask(Lever.LEVEL).orElseThrow().text()).contains("Ask which level");
        assertThat(plan.notes()).anyMatch(note -> note.contains("uses the level in your profile (Mid-Level)"));
    }

    @Test
    void remoteAndRelocationAsksComeFromTheOfferAndTheProfilesLocation() {
        Offer onsite = offer("Acme", Level.SENIOR, 250_000).location("sf", RemotePolicy.ONSITE).build();
        CounterPlan remote = plan(input(onsite, profile(Level.SENIOR, "remote", null, Set.of(), List.of()), List.of()));
        assertThat(remote.ask(Lever.REMOTE).orElseThrow().text()).contains("can be remote").contains("On-site");
        assertThat(remote.ask(Lever.RELOCATION).orElseThrow().text()).contains("San Francisco / Silicon Valley");

        Offer seattle = offer("Acme", Level.SENIOR, 250_000).location("seattle", RemotePolicy.HYBRID).build();
        CounterPlan moving = plan(input(seattle, profile(Level.SENIOR, "austin", null, Set.of(), List.of()), List.of()));
        assertThat(moving.ask(Lever.REMOTE)).isEmpty();
        assertThat(moving.ask(Lever.RELOCATION).orElseThrow().text()).contains("Seattle").contains("Austin, TX");

        Offer paid = offer("Acme", Level.SENIOR, 250_000).location("seattle", RemotePolicy.HYBRID)
                .relocation(15_000).build();
        assertThat(plan(input(paid, profile(Level.SENIOR, "austin", null, Set.of(), List.of()), List.of()))
                .ask(Lever.RELOCATION)).isEmpty();
    }

    @Test
    void onlyTheChosenLeversAreAskedForInLeverOrder() {
        Offer acme = offer("Acme", Level.SENIOR, 200_000).rsu(400_000).build();

        CounterPlan plan = CounterPlanner.plan(input(acme, null, List.of()),
                PlanSettings.defaults().withLevers(EnumSet.of(Lever.START_DATE, Lever.BASE)));

        assertThat(plan.asks()).extracting(Ask::lever).containsExactly(Lever.BASE, Lever.START_DATE);
    }

    @Test
    void theAnchorMarginMovesTheOpeningAboveABandTarget() {
        // Mid-Level 160,000, target 195,000. Margin 0: opening 195,000 is round → 194,750, and the target follows
        // it down. Margin 10 %: 214,500 is held at the 210,000 top → 209,750.
        Offer acme = offer("Acme", Level.MID, 160_000).build();

        Ask none = CounterPlanner.plan(input(acme, null, List.of()),
                PlanSettings.defaults().withAnchorMargin(BigDecimal.ZERO)).ask(Lever.BASE).orElseThrow();
        assertMoney(none.opening(), 194_750);
        assertMoney(none.target(), 194_750);

        Ask wide = CounterPlanner.plan(input(acme, null, List.of()),
                settings("0.75").withAnchorMargin(new BigDecimal("0.10"))).ask(Lever.BASE).orElseThrow();
        assertMoney(wide.target(), 195_000);
        assertMoney(wide.opening(), 209_750);
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> settings("1.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 (bottom of the band) to 1");
        assertThatThrownBy(() -> PlanSettings.defaults().withAnchorMargin(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanSettings.defaults().withCeilings(BigDecimal.ZERO, new BigDecimal("0.25")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usual move");
        assertThat(new PlanSettings(BigDecimal.ONE, BigDecimal.ZERO, null).levers()).hasSize(Lever.values().length);
    }
}
