package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.Fixtures.input;
import static com.counteroffer.domain.negotiation.Fixtures.offer;
import static com.counteroffer.domain.negotiation.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.RemotePolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TalkingPointsTest {

    @Test
    void pointsComeFromTheUsersOwnEvidenceInPlainWordsWithoutCitations() {
        Offer acme = offer("Acme", Level.SENIOR, 250_000).rsu(400_000).location("seattle", RemotePolicy.HYBRID).build();
        Offer bolt = offer("Bolt", Level.SENIOR, 300_000).rsu(480_000).build();
        var me = profile(Level.SENIOR, "seattle", 120_000L, Set.of("kubernetes", "gpu_orchestration"),
                List.of("Built a 2,000-GPU training cluster from scratch for an LLM startup.",
                        "Cut inference cost 40 % by moving serving onto Kubernetes"));

        List<String> points = CounterPlanner.plan(input(acme, me, List.of(bolt)), PlanSettings.defaults())
                .talkingPoints();

        // No premium is switched on: the skills are named, with no premium claimed for them.
        assertThat(points).contains("I bring experience in Kubernetes / Kubeflow and GPU orchestration: H100/B200, TPUs.",
                "One project that shows the depth I bring: Built a 2,000-GPU training cluster from scratch for an LLM "
                        + "startup.",
                "Another: Cut inference cost 40 % by moving serving onto Kubernetes.",
                // Bolt annualised 300,000 + 480,000 ÷ 4 = 420,000 beats Acme's 350,000.
                "I have another offer worth $420,000 a year in total compensation. Acme is my first choice, so I'd like "
                        + "to see if you can match it.",
                "Moving means walking away from $120,000 in unvested equity at my current job.",
                "The role is in Seattle, the second-highest-paying US hub for AI infrastructure work: "
                        + "driven by the infrastructure needs of cloud giants like Amazon and Microsoft.");
        // The Senior range is flagged as more likely total compensation: it is quoted nowhere as a base range.
        assertThat(points).noneMatch(point -> point.contains("$220,000 – $350,000+"));
        assertThat(points).noneMatch(point -> point.contains("premium") || point.contains("(") && point.contains(", "));
    }

    @Test
    void aPremiumIsClaimedOnlyWhenTheUserSwitchedItOnAndWithoutItsCitation() {
        Offer acme = offer("Acme", Level.SENIOR, 250_000).build();
        var me = profile(Level.SENIOR, "seattle", null, Set.of("mlops"), List.of());
        var base = input(acme, me, List.of());
        var premium = Fixtures.DATASET.premium("ai_skills").orElseThrow();
        var switched = new NegotiationInput(acme, base.projection(), base.dataset(), me, List.of(), null, base.today(),
                List.of(com.counteroffer.domain.market.Adjustment.fromPremium(premium,
                        Fixtures.DATASET.source(premium.sourceId()).orElseThrow(), "MLOps / LLMOps")));

        List<String> points = CounterPlanner.plan(switched, PlanSettings.defaults()).talkingPoints();

        assertThat(points).first().isEqualTo("I bring experience in MLOps / LLMOps, skills employers pay a premium for: "
                + "the AI-skill wage premium is about +11 % on salary.");
        assertThat(points).noneMatch(point -> point.contains("IZA") || point.contains("n.d.")
                || point.toLowerCase(java.util.Locale.ROOT).contains("hybrid"));
    }

    @Test
    void aWeakerCompetingOfferIsNeverCited() {
        Offer acme = offer("Acme", Level.SENIOR, 250_000).rsu(400_000).build();
        // Slowco: 200,000 + 100,000 ÷ 4 = 225,000 a year, below Acme's 350,000.
        Offer slowco = offer("Slowco", Level.SENIOR, 200_000).rsu(100_000).build();

        List<String> points = CounterPlanner.plan(input(acme, null, List.of(slowco)), PlanSettings.defaults())
                .talkingPoints();

        assertThat(points).noneMatch(point -> point.contains("another offer") || point.contains("$225,000")
                || point.contains("weighing"));
    }

    @Test
    void theHubPointSpeaksToNoOtherLevelAndCitesNothing() {
        Offer entry = offer("Acme", Level.ENTRY, 120_000).location("sf", RemotePolicy.ONSITE).build();
        Offer dc = offer("Acme", Level.ENTRY, 120_000).location("dc", RemotePolicy.ONSITE).build();

        List<String> sf = CounterPlanner.plan(input(entry, null, List.of()), PlanSettings.defaults()).talkingPoints();
        List<String> capital = CounterPlanner.plan(input(dc, null, List.of()), PlanSettings.defaults()).talkingPoints();

        // The seed's San Francisco line is about principal engineers: an entry-level user gets the rank alone.
        assertThat(sf).contains("The role is in San Francisco / Silicon Valley, the highest-paying US hub for AI "
                + "infrastructure work.").noneMatch(point -> point.toLowerCase(java.util.Locale.ROOT).contains("principal"));
        assertThat(capital).contains("The role is in Washington D.C. / Northern Virginia, the fifth-highest-paying US hub "
                + "for AI infrastructure work: fueled by federal investment in AI defense and sovereign cloud "
                + "infrastructure.");
    }

    @Test
    void withoutAProfileOrCompetitorsOnlyTheBandIsLeft() {
        Offer acme = offer("Acme", Level.MID, 140_000).build();

        List<String> points = CounterPlanner.plan(input(acme, null, List.of()), PlanSettings.defaults()).talkingPoints();

        assertThat(points).singleElement().asString().contains("$150,000 – $210,000 in base salary")
                .contains("$10,000 below the bottom of it");
        // A band whose basis is in doubt is no point at all.
        assertThat(CounterPlanner.plan(input(offer("Acme", Level.SENIOR, 200_000).build(), null, List.of()),
                PlanSettings.defaults()).talkingPoints()).isEmpty();
    }

    /** Found in use: the gap was measured from the adjusted bottom while the published range was quoted. */
    @Test
    void withThePremiumOnTheRangeQuotedIsTheOneTheGapIsMeasuredFrom() {
        Offer acme = offer("Acme", Level.MID, 140_000).build();
        var base = input(acme, null, List.of());
        var adjusted = new NegotiationInput(base.offer(), base.projection(), base.dataset(), base.profile(), base.others(),
                base.walkAwayOverride(), base.today(), List.of(new com.counteroffer.domain.market.Adjustment(
                        "AI-skill wage premium", new java.math.BigDecimal("1.11"), "IZA")));

        List<String> points = CounterPlanner.plan(adjusted, PlanSettings.defaults()).talkingPoints();

        // 150,000 × 1.11 = 166,500; 210,000 × 1.11 = 233,100.
        assertThat(points).singleElement().asString()
                .contains("$150,000 – $210,000 in base salary, $166,500 – $233,100 with the AI-skill wage premium")
                .contains("this offer's base of $140,000 is $26,500 below the bottom of it");
    }

    @Test
    void theCurrentJobIsNotPresentedAsACompetingOfferAndUnrankedPlacesAddNoHubPoint() {
        Offer acme = offer("Acme", Level.SENIOR, 250_000).location("other", RemotePolicy.ONSITE).build();
        Offer current = offer("Oldco", Level.MID, 165_000).current().build();

        List<String> points = CounterPlanner.plan(input(acme, null, List.of(current)), PlanSettings.defaults())
                .talkingPoints();

        assertThat(points).noneMatch(point -> point.contains("another offer")).noneMatch(point -> point.contains("hub"));
    }

    /** Found in review: "my experience puts me higher" at 95 % of a range, and a gap to close above a total range. */
    @Test
    void noHigherPlaceIsClaimedHighInARangeAndNoGapAboveATotalRange() {
        // Mid-Level 205,000: (205,000 − 150,000) ÷ 60,000 = 92 %.
        List<String> high = CounterPlanner.plan(input(offer("Acme", Level.MID, 205_000).build(), null, List.of()),
                PlanSettings.defaults()).talkingPoints();
        assertThat(high).singleElement().asString().contains("sits 92 % of the way through it.")
                .doesNotContain("higher");

        // Principal 400,000 base + 800,000 grant = 600,000 a year, above the 550,000 top.
        List<String> above = CounterPlanner.plan(input(offer("Acme", Level.PRINCIPAL, 400_000).rsu(800_000).build(),
                null, List.of()), PlanSettings.defaults()).talkingPoints();
        assertThat(above).singleElement().asString().endsWith("is above the top of it, which I appreciate.");
    }
}
