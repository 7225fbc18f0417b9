package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.Fixtures.input;
import static com.counteroffer.domain.negotiation.Fixtures.offer;
import static com.counteroffer.domain.negotiation.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated offers, competing offers and profiles: no opening goes past the evidence it stands
 * on without a warning, a base ask never leans on a band that is (or is likely) total compensation,
 * computed openings are precise, and an ask without evidence stays within the usual move.
 */
class PlanEvidencePropertiesTest {

    /** One generated situation. */
    record Situation(Level level, long base, int bonusPercent, long grant, boolean options, List<Offer> others,
                     Long unvested, Long postedMin, Long postedSpan, String margin) {
    }

    @Provide
    Arbitrary<Situation> situations() {
        Arbitrary<Level> levels = Arbitraries.of(Level.values());
        Arbitrary<Long> bases = Arbitraries.longs().between(80_000, 450_000).map(b -> b / 1_000 * 1_000);
        Arbitrary<Integer> bonuses = Arbitraries.of(0, 10, 15, 20);
        Arbitrary<Long> grants = Arbitraries.longs().between(0, 1_200_000).map(g -> g / 10_000 * 10_000);
        Arbitrary<Offer> competitor = Combinators.combine(bases, grants, Arbitraries.of(0L, 25_000L, 80_000L),
                Arbitraries.of(false, true)).as((base, grant, signOn, current) -> {
                    var spec = offer(current ? "Oldco" : "Bolt", Level.SENIOR, base).rsu(Math.max(grant, 10_000));
                    if (signOn > 0) {
                        spec.signOn(signOn);
                    }
                    return current ? spec.current().build() : spec.build();
                });
        Arbitrary<List<Offer>> others = competitor.list().ofMaxSize(2).map(ArrayList::new);
        Arbitrary<Long> unvested = Arbitraries.of(0L, 40_000L, 150_000L, 600_000L).injectNull(0.3);
        Arbitrary<Long> postedMin = Arbitraries.longs().between(90_000, 400_000).injectNull(0.5);
        return Combinators.combine(levels, bases, bonuses, grants, Arbitraries.of(false, true), others, unvested,
                postedMin).as((level, base, bonus, grant, options, list, left, posted) ->
                        new Situation(level, base, bonus, grant, options, list, left, posted, 40_000L, "0.05"))
                .flatMap(s -> Arbitraries.of("0", "0.05", "0.1", "0.3").map(margin -> new Situation(s.level(),
                        s.base(), s.bonusPercent(), s.grant(), s.options(), s.others(), s.unvested(), s.postedMin(),
                        s.postedSpan(), margin)));
    }

    private static CounterPlan plan(Situation s) {
        var spec = offer("Acme", s.level(), s.base()).bonusPercent(s.bonusPercent());
        if (s.options()) {
            spec.optionsAtTheMoney(40_000, "5", "15");
        } else if (s.grant() > 0) {
            spec.rsu(s.grant());
        }
        NegotiationInput input = input(spec.build(), profile(s.level(), null, s.unvested(), Set.of(), List.of()),
                s.others());
        if (s.postedMin() != null) {
            input = Fixtures.withPostedRange(input, s.postedMin(), s.postedMin() + s.postedSpan());
        }
        return CounterPlanner.plan(input, PlanSettings.defaults().withAnchorMargin(new BigDecimal(s.margin())));
    }

    @Property(tries = 250)
    void noOpeningPassesItsEvidenceWithoutAWarning(@ForAll("situations") Situation situation) {
        CounterPlan plan = plan(situation);

        for (Ask ask : plan.asks()) {
            if (ask.opening() == null) {
                continue;
            }
            assertThat(ask.evidenceLimit()).as(ask.rule()).isNotNull();
            if (ask.opening().compareTo(ask.evidenceLimit()) > 0) {
                assertThat(plan.warns(Warning.ABOVE_EVIDENCE)).as(ask.rule()).isTrue();
            }
            assertThat(ask.target()).as(ask.rule()).isLessThanOrEqualTo(ask.opening());
            assertThat(ask.reason()).isNotBlank();
            assertThat(ask.say()).isNotBlank().doesNotContain("null").doesNotContain("n.d.");
        }
    }

    @Property(tries = 250)
    void aBaseAskStandsOnABaseBandOnlyWhenItsBasisIsCertain(@ForAll("situations") Situation situation) {
        CounterPlan plan = plan(situation);

        plan.ask(Lever.BASE).filter(ask -> ask.evidence() == Evidence.MARKET_BAND).ifPresent(ask -> {
            assertThat(plan.band()).isNotNull();
            assertThat(plan.band().basis()).isEqualTo(com.counteroffer.domain.market.PayBasis.BASE);
            assertThat(plan.band().basisInDoubt()).isFalse();
        });
        // The seed's Senior band is flagged; Principal is total compensation: neither may size a base.
        if (situation.level() == Level.SENIOR || situation.level() == Level.PRINCIPAL) {
            assertThat(plan.ask(Lever.BASE)).map(Ask::evidence).isNotEqualTo(java.util.Optional.of(Evidence.MARKET_BAND));
        }
    }

    @Property(tries = 250)
    void withoutEvidenceTheBaseStaysWithinTheUsualMoveAsAPreciseFigure(@ForAll("situations") Situation situation) {
        CounterPlan plan = plan(situation);

        plan.ask(Lever.BASE).filter(ask -> ask.evidence() == Evidence.USUAL_MOVE).ifPresent(ask -> {
            BigDecimal ceiling = BigDecimal.valueOf(situation.base()).multiply(new BigDecimal("1.15"));
            assertThat(ask.opening()).isLessThanOrEqualTo(ceiling);
            assertThat(PreciseFigures.isPrecise(ask.opening())).as(ask.opening().toPlainString()).isTrue();
        });
        plan.ask(Lever.BASE).filter(ask -> ask.evidence() == Evidence.MARKET_BAND
                || ask.evidence() == Evidence.POSTED_RANGE).ifPresent(ask ->
                assertThat(PreciseFigures.isPrecise(ask.opening())).as(ask.opening().toPlainString()).isTrue());
    }
}
