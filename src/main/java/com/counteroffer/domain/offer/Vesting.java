package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A vesting schedule: the percent of the grant vesting in each year, the cliff and the cadence,
 * or one of the named presets ({@link VestingPreset}), which also fix the exact dates.
 *
 * @param preset the preset this schedule came from, or null for a custom one
 * @param yearlyPercents percent of the grant vesting in year 1, 2, …; must sum to 100
 * @param cliffMonths nothing vests before this month; what would have vested earlier vests then
 */
public record Vesting(VestingPreset preset, List<BigDecimal> yearlyPercents, int cliffMonths, Cadence cadence) {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Vesting {
        yearlyPercents = List.copyOf(yearlyPercents);
        Objects.requireNonNull(cadence, "cadence");
    }

    public static Vesting of(VestingPreset preset) {
        return new Vesting(preset, preset.yearlyPercents(), preset.cliffMonths(), preset.cadence());
    }

    public static Vesting custom(List<BigDecimal> yearlyPercents, int cliffMonths, Cadence cadence) {
        return new Vesting(null, yearlyPercents, cliffMonths, cadence);
    }

    public int years() {
        return yearlyPercents.size();
    }

    /** The problems that make this schedule unusable, each naming what to fix; empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (yearlyPercents.isEmpty() || yearlyPercents.size() > 10) {
            problems.add("give the percent vesting in each of 1 to 10 years");
        }
        for (int i = 0; i < yearlyPercents.size(); i++) {
            if (yearlyPercents.get(i) == null || yearlyPercents.get(i).signum() < 0) {
                problems.add("year " + (i + 1) + ": a percent of 0 or more");
            }
        }
        BigDecimal sum = yearlyPercents.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            problems.add("the yearly percents add up to " + sum.stripTrailingZeros().toPlainString()
                    + " %; they must add up to 100 %");
        }
        if (cliffMonths < 0 || cliffMonths > 12 * Math.max(1, yearlyPercents.size())) {
            problems.add("the cliff must be between 0 and " + 12 * Math.max(1, yearlyPercents.size()) + " months");
        }
        return problems;
    }

    /**
     * The vesting dates. A preset uses its own dates; a custom schedule spreads each year's percent
     * evenly over that year's cadence dates, and moves everything before the cliff onto the cliff.
     */
    public List<VestEvent> events() {
        if (preset != null && preset.events() != null) {
            return preset.events();
        }
        List<VestEvent> events = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO;
        for (int year = 0; year < yearlyPercents.size(); year++) {
            int perYear = 12 / cadence.months();
            BigDecimal yearPercent = yearlyPercents.get(year);
            BigDecimal each = yearPercent.divide(BigDecimal.valueOf(perYear), 12, RoundingMode.HALF_EVEN);
            BigDecimal given = BigDecimal.ZERO;
            for (int i = 1; i <= perYear; i++) {
                int month = year * 12 + i * cadence.months();
                // The last date of the year takes the rounding remainder, so each year sums exactly.
                BigDecimal percent = i == perYear ? yearPercent.subtract(given) : each;
                given = given.add(percent);
                if (month < cliffMonths) {
                    carried = carried.add(percent);
                } else if (carried.signum() > 0 && month > cliffMonths) {
                    // A cliff between two dates: what accrued vests on the cliff itself, the rest on time.
                    events.add(new VestEvent(cliffMonths, carried));
                    events.add(new VestEvent(month, percent));
                    carried = BigDecimal.ZERO;
                } else if (month == cliffMonths) {
                    events.add(new VestEvent(month, percent.add(carried)));
                    carried = BigDecimal.ZERO;
                } else {
                    events.add(new VestEvent(month, percent));
                }
            }
        }
        if (carried.signum() > 0) {
            events.add(new VestEvent(cliffMonths, carried));
        }
        return events;
    }
}
