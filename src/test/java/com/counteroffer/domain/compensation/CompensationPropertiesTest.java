package com.counteroffer.domain.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.VestEvent;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CompensationPropertiesTest {

    @Property
    void everyPresetVestsExactlyAHundredPercent(@ForAll VestingPreset preset) {
        assertThat(sum(Vesting.of(preset).events())).isEqualByComparingTo("100");
        assertThat(Vesting.of(preset).problems()).isEmpty();
    }

    @Property
    void everyValidCustomScheduleVestsExactlyAHundredPercent(@ForAll("customSchedules") Vesting vesting) {
        assertThat(vesting.problems()).isEmpty();
        assertThat(sum(vesting.events())).isEqualByComparingTo("100");
        assertThat(vesting.events()).allSatisfy(event -> {
            assertThat(event.month()).isBetween(0, 12 * vesting.years());
            assertThat(event.percent().signum()).isNotNegative();
        });
    }

    @Property
    void moreBaseNeverLowersAnyTotal(@ForAll("shapes") OfferShape shape, @ForAll("settings") ProjectionSettings settings,
                                     @ForAll @LongRange(max = 5_000_000) long base,
                                     @ForAll @LongRange(max = 5_000_000) long more) {
        Projection lower = CompensationEngine.project(shape.withBase(base), settings);
        Projection higher = CompensationEngine.project(shape.withBase(base + more), settings);

        for (int year = 1; year <= settings.years(); year++) {
            assertThat(higher.year(year).total()).isGreaterThanOrEqualTo(lower.year(year).total());
        }
        assertThat(higher.tcYear1()).isGreaterThanOrEqualTo(lower.tcYear1());
        assertThat(higher.tcAnnualized()).isGreaterThanOrEqualTo(lower.tcAnnualized());
        assertThat(higher.tcSteadyState()).isGreaterThanOrEqualTo(lower.tcSteadyState());
        assertThat(higher.horizonTotal()).isGreaterThanOrEqualTo(lower.horizonTotal());
    }

    @Property
    void theTotalIsTheSumOfItsParts(@ForAll("shapes") OfferShape shape, @ForAll("settings") ProjectionSettings settings,
                                    @ForAll @LongRange(max = 5_000_000) long base) {
        Projection projection = CompensationEngine.project(shape.withBase(base), settings);

        BigDecimal horizon = BigDecimal.ZERO;
        for (YearAmounts year : projection.years()) {
            BigDecimal parts = year.base().add(year.bonus()).add(year.equity()).add(year.signOn()).add(year.refreshers());
            assertThat(year.total()).isEqualByComparingTo(parts);
            horizon = horizon.add(year.total());
        }
        assertThat(projection.horizonTotal()).isEqualByComparingTo(horizon);
        assertThat(projection.guaranteed().add(projection.atRisk())).isEqualByComparingTo(horizon);
        assertThat(projection.tcYear1()).isEqualByComparingTo(projection.year(1).total());
    }

    @Property
    void withoutGrowthEquityVestsAtExactlyTheGrantValue(@ForAll("anySchedule") Vesting vesting,
                                                        @ForAll @LongRange(max = 100_000_000) long grant) {
        Offer offer = OfferBuilder.base(0).rsu(grant, vesting).build();
        Projection projection = CompensationEngine.project(offer, ProjectionSettings.defaults().withYears(10));

        BigDecimal vested = projection.years().stream().map(YearAmounts::equity).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(vested).isEqualByComparingTo(BigDecimal.valueOf(grant));
    }

    @Property
    void withoutGrowthEachRefresherGrantVestsAtItsValue(@ForAll("anySchedule") Vesting vesting,
                                                        @ForAll @LongRange(max = 1_000_000) long yearly,
                                                        @ForAll @IntRange(min = 1, max = 10) int firstYear) {
        // Leaving at month 120: the grants at months 12 × (firstYear − 1) to 120 (year 11's, made on the
        // last day, included) each vested or were forfeited, at their grant value.
        Offer offer = OfferBuilder.base(0).refresher(yearly, vesting, false, firstYear).build();
        LeaveOutcome outcome = CompensationEngine.leaveAt(offer, 120, ProjectionSettings.defaults());

        long grants = 11 - firstYear + 1;
        assertThat(outcome.vestedRefreshers().add(outcome.forfeitedRefreshers()))
                .isEqualByComparingTo(BigDecimal.valueOf(yearly * grants));
    }

    private static BigDecimal sum(List<VestEvent> events) {
        return events.stream().map(VestEvent::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Provide
    Arbitrary<Vesting> customSchedules() {
        return Arbitraries.integers().between(0, 100).list().ofMinSize(1).ofMaxSize(10)
                .filter(weights -> weights.stream().mapToInt(Integer::intValue).sum() > 0)
                .flatMap(weights -> Combinators.combine(
                        Arbitraries.integers().between(0, 12 * weights.size()),
                        Arbitraries.of(Cadence.class))
                        .as((cliff, cadence) -> Vesting.custom(percentsFrom(weights), cliff, cadence)));
    }

    @Provide
    Arbitrary<Vesting> anySchedule() {
        return Arbitraries.oneOf(Arbitraries.of(VestingPreset.class).map(Vesting::of), customSchedules());
    }

    /** Each weight's share of 100, to 4 decimals rounded down; the last year takes what is left. */
    private static List<BigDecimal> percentsFrom(List<Integer> weights) {
        BigDecimal total = BigDecimal.valueOf(weights.stream().mapToInt(Integer::intValue).sum());
        List<BigDecimal> percents = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal percent = BigDecimal.valueOf(weights.get(i) * 100L).divide(total, 4, RoundingMode.DOWN);
            percents.add(percent);
            given = given.add(percent);
        }
        percents.add(Vesting.HUNDRED.subtract(given));
        return percents;
    }

    /** Everything about an offer but its base. */
    record OfferShape(int bonusPercent, int raisePercent, Vesting vesting, long grant, long refresher,
                      int refresherFrom, long signOn, int signOnMonths) {

        Offer withBase(long base) {
            OfferBuilder builder = OfferBuilder.base(base).bonusPercent(Integer.toString(bonusPercent))
                    .raise(Integer.toString(raisePercent)).monthlySignOn(signOn, 1, signOnMonths)
                    .match("50", "6");
            if (grant > 0) {
                builder.rsu(grant, vesting);
            }
            if (refresher > 0) {
                builder.refresher(refresher, vesting, refresherFrom % 2 == 0, refresherFrom);
            }
            return builder.build();
        }
    }

    @Provide
    Arbitrary<OfferShape> shapes() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 10),
                anySchedule(),
                Arbitraries.longs().between(0, 2_000_000),
                Arbitraries.longs().between(0, 300_000),
                Arbitraries.integers().between(1, 4),
                Arbitraries.longs().between(0, 200_000),
                Arbitraries.integers().between(0, 24))
                .as(OfferShape::new);
    }

    @Provide
    Arbitrary<ProjectionSettings> settings() {
        Arbitrary<BigDecimal> rate = Arbitraries.integers().between(-60, 60).map(p -> BigDecimal.valueOf(p, 2));
        return Combinators.combine(
                Arbitraries.integers().between(1, 10),
                rate.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(ValuationBasis.class).injectNull(0.3))
                .as(ProjectionSettings::new);
    }
}
