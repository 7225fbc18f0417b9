package com.counteroffer.bench;

import com.counteroffer.domain.compare.CompareEngine;
import com.counteroffer.domain.compare.CompareEntry;
import com.counteroffer.domain.compare.Comparison;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full comparison of 6 varied offers over 10 years with a leave month: what the compare screen
 * recomputes on every control change (horizon, growth, an offer's own growth, the leave slider).
 * Most of the time goes to the break-even scan, which projects the best two offers at 58 growth
 * rates and bisects each crossing. Target: well under 100 ms. Run from the project folder:
 * {@code mvn -B -q -Pbench test-compile exec:exec -Djmh.args="CompareBenchmark -wi 3 -i 5 -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompareBenchmark {

    private static final int LEAVE_MONTH = 18;

    private List<CompareEntry> entries;
    private ProjectionSettings settings;

    @Setup
    public void createOffers() {
        Vesting standard = Vesting.of(VestingPreset.STANDARD);
        entries = List.of(
                // Back-loaded big-tech RSUs whose grant is close to the flat offer's total: the two
                // best cross, so the break-even scan bisects instead of finding nothing.
                entry("1", "Northwind Cloud", 200_000, TargetBonus.percent(new BigDecimal("15")),
                        List.of(SignOnPayment.lumpSum(50_000, 1)),
                        RsuGrant.ofValue(1_500_000, Vesting.of(VestingPreset.AMAZON)), List.of(), null),
                entry("2", "Steady Corp", 330_000, TargetBonus.percent(new BigDecimal("10")), List.of(), null,
                        List.of(), new BigDecimal("0.03")),
                entry("3", "Lattice AI", 185_000, TargetBonus.percent(BigDecimal.ZERO),
                        List.of(new SignOnPayment(30_000, 1, 12)),
                        new OptionGrant(40_000, new BigDecimal("2.50"), new BigDecimal("2.50"), new BigDecimal("9.00"),
                                450_000_000L, 50_000_000L, 3, standard),
                        List.of(), new BigDecimal("0.40")),
                entry("4", "Tensor Works", 230_000, TargetBonus.amount(40_000),
                        List.of(SignOnPayment.lumpSum(40_000, 1), SignOnPayment.lumpSum(30_000, 2)),
                        RsuGrant.ofValue(600_000, Vesting.of(VestingPreset.NVIDIA)),
                        List.of(new Refresher(80_000, standard, false, 2)), null),
                entry("5", "Current employer Inc", 165_000, TargetBonus.percent(new BigDecimal("10")), List.of(),
                        RsuGrant.ofValue(102_600, Vesting.custom(List.of(new BigDecimal("25"), new BigDecimal("25"),
                                new BigDecimal("25"), new BigDecimal("25")), 12, Cadence.QUARTERLY)),
                        List.of(new Refresher(40_000, standard, false, 2)), null),
                entry("6", "Gridline Labs", 210_000, TargetBonus.percent(new BigDecimal("20")),
                        List.of(SignOnPayment.lumpSum(25_000, 1)),
                        RsuGrant.ofValue(500_000, Vesting.custom(List.of(new BigDecimal("40"), new BigDecimal("30"),
                                new BigDecimal("20"), new BigDecimal("10")), 0, Cadence.MONTHLY)),
                        List.of(new Refresher(60_000, standard, true, 1)), new BigDecimal("-0.10")));
        settings = new ProjectionSettings(10, List.of(new BigDecimal("0.08")), ValuationBasis.FAIR_MARKET_VALUE);
    }

    @Benchmark
    public Comparison compareSixOffersOverTenYears() {
        return CompareEngine.compare(entries, settings, LEAVE_MONTH);
    }

    private static CompareEntry entry(String key, String company, long base, TargetBonus bonus,
                                      List<SignOnPayment> signOns, Equity equity, List<Refresher> refreshers,
                                      BigDecimal ownGrowth) {
        Offer offer = new Offer(company, "AI Infrastructure Engineer", null, null, null, null, OfferStatus.RECEIVED,
                null, "", false, base, new BigDecimal("3"), bonus, signOns, new Clawback(12, 24), 10_000, equity,
                refreshers, new RetirementMatch(new BigDecimal("50"), new BigDecimal("6")), 15_000, 20);
        return new CompareEntry(key, offer, ownGrowth);
    }
}
