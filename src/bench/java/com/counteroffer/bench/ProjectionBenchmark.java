package com.counteroffer.bench;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.Refresher;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Projects 1,000 varied offers (every vesting preset and custom schedules, RSUs and options, stacked
 * refreshers, monthly sign-ons, flat, constant and year-by-year stock growth) over 10 years.
 * Target: under 50 ms for all 1,000. Run from the project folder:
 * {@code mvn -B -q -Pbench test-compile exec:exec -Djmh.args="-wi 3 -i 5 -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProjectionBenchmark {

    private static final int OFFERS = 1_000;

    private final List<Offer> offers = new ArrayList<>(OFFERS);
    private final List<ProjectionSettings> settings = new ArrayList<>(OFFERS);

    @Setup
    public void createOffers() {
        Random random = new Random(2026);
        List<List<BigDecimal>> growths = List.of(
                List.of(BigDecimal.ZERO),
                List.of(new BigDecimal("0.15")),
                List.of(new BigDecimal("-0.30")),
                List.of(new BigDecimal("-0.30"), new BigDecimal("0.15")),
                List.of(new BigDecimal("0.25"), new BigDecimal("0.10"), new BigDecimal("-0.05"), new BigDecimal("0.08")));
        for (int i = 0; i < OFFERS; i++) {
            offers.add(offer(random, i));
            settings.add(new ProjectionSettings(10, growths.get(i % growths.size()),
                    i % 2 == 0 ? ValuationBasis.FAIR_MARKET_VALUE : ValuationBasis.PREFERRED));
        }
    }

    @Benchmark
    public void projectThousandOffersOverTenYears(Blackhole blackhole) {
        for (int i = 0; i < OFFERS; i++) {
            Projection projection = CompensationEngine.project(offers.get(i), settings.get(i));
            blackhole.consume(projection);
        }
    }

    private static Offer offer(Random random, int index) {
        long base = 120_000 + 1_000L * random.nextInt(300);
        TargetBonus bonus = index % 5 == 0 ? TargetBonus.amount(20_000 + 1_000L * random.nextInt(40))
                : TargetBonus.percent(BigDecimal.valueOf(random.nextInt(31)));
        List<SignOnPayment> signOns = new ArrayList<>();
        if (index % 3 == 0) {
            signOns.add(new SignOnPayment(60_000, 1, 12));
            signOns.add(new SignOnPayment(40_000, 2, 12));
        } else if (index % 3 == 1) {
            signOns.add(SignOnPayment.lumpSum(10_000L * random.nextInt(10), 1));
        }
        Vesting vesting = vesting(random, index);
        Equity equity = index % 4 == 3
                ? new OptionGrant(10_000L + random.nextInt(90_000), new BigDecimal("1.50"), new BigDecimal("4.00"),
                        index % 8 == 3 ? new BigDecimal("12.00") : null, index % 8 == 7 ? 2_000_000_000L : null,
                        index % 8 == 7 ? 200_000_000L : null, 12, vesting)
                : RsuGrant.ofValue(100_000L + 10_000L * random.nextInt(100), vesting);
        List<Refresher> refreshers = new ArrayList<>();
        if (index % 2 == 0) {
            refreshers.add(new Refresher(20_000L + 5_000L * random.nextInt(20), vesting(random, index + 1), false, 2));
        }
        if (index % 6 == 0) {
            refreshers.add(new Refresher(50_000, Vesting.of(VestingPreset.NVIDIA), true, 1));
        }
        return new Offer("Company " + index, "AI Infrastructure Engineer", null, null, null, null,
                OfferStatus.RECEIVED, null, "", false, base, BigDecimal.valueOf(random.nextInt(5)), bonus, signOns,
                new Clawback(12, 24), 10_000, equity, refreshers,
                new RetirementMatch(new BigDecimal("50"), new BigDecimal("6")), 15_000, 20);
    }

    private static Vesting vesting(Random random, int index) {
        VestingPreset[] presets = VestingPreset.values();
        if (index % (presets.length + 1) < presets.length) {
            return Vesting.of(presets[index % (presets.length + 1)]);
        }
        Cadence cadence = Cadence.values()[random.nextInt(Cadence.values().length)];
        return Vesting.custom(List.of(new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("20"),
                new BigDecimal("20"), new BigDecimal("20")), 12, cadence);
    }
}
