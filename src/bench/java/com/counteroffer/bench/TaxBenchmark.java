package com.counteroffer.bench;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Locality;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TakeHome;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxTables;
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
 * The 2026 tax on 1,000 varied wage inputs: every one of the 50 states and DC and every filing status, wages
 * from 0 to 2 million (through the brackets, phase-outs, the Social Security cap, additional Medicare and New
 * York's recapture), New York City residents, each state's localities in turn, Maryland county rates, second
 * earners, work in another state and 401(k) deferrals. The tables are read once, as
 * the app does. An after-tax comparison of 6 offers over 10 years needs 60 of these. Run from the
 * project folder: {@code mvn -B -q -Pbench test-compile exec:exec -Djmh.args="TaxBenchmark -wi 3 -i 5 -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TaxBenchmark {

    private static final int INPUTS = 1_000;
    private static final BigDecimal[] MD_COUNTY_RATES = {null, new BigDecimal("0.0225"), new BigDecimal("0.032")};

    private TaxTables tables;
    private final List<TaxInput> inputs = new ArrayList<>(INPUTS);

    @Setup
    public void loadTablesAndCreateInputs() {
        tables = TaxTablesReader.builtIn();
        Random random = new Random(2026);
        StateCode[] states = StateCode.values();
        FilingStatus[] filings = FilingStatus.values();
        BigDecimal deferralLimit = tables.electiveDeferralLimit();
        for (int i = 0; i < INPUTS; i++) {
            StateCode state = states[i % states.length];
            FilingStatus filing = filings[(i / states.length) % filings.length];
            // Mostly the offers' range, with a tail of very low and very high wages.
            long dollars = i % 10 == 0 ? random.nextInt(2_000_001) : 80_000 + random.nextInt(620_001);
            BigDecimal wages = BigDecimal.valueOf(dollars);
            List<String> localities = state.jurisdiction().map(tables::get)
                    .map(tables -> tables.localities().stream().map(Locality::id).toList()).orElse(List.of());
            String locality = localities.isEmpty() || i % 2 == 1 ? null : localities.get(i % localities.size());
            boolean nyc = state == StateCode.NY && locality == null && i % 2 == 0;
            BigDecimal county = state == StateCode.MD ? MD_COUNTY_RATES[i % MD_COUNTY_RATES.length] : null;
            BigDecimal deferral = i % 3 == 0 ? BigDecimal.ZERO
                    : deferralLimit.multiply(BigDecimal.valueOf(random.nextInt(101))).movePointLeft(2).min(wages);
            TaxInput input = new TaxInput(wages, filing, state, nyc, county, deferral).withLocality(locality);
            if (filing == FilingStatus.MARRIED_JOINT && i % 4 == 0) {
                input = input.withSpouseWages(BigDecimal.valueOf(random.nextInt(300_001)));
            }
            if (state != StateCode.OTHER && i % 5 == 0) {
                StateCode work = states[(i * 7) % (states.length - 1)];
                input = input.withWorkState(work);
            }
            inputs.add(input);
        }
    }

    @Benchmark
    public void taxThousandInputs(Blackhole blackhole) {
        for (TaxInput input : inputs) {
            blackhole.consume(TakeHome.forWages(tables, input));
        }
    }
}
