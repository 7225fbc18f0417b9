package com.counteroffer.domain.offer;

import com.counteroffer.domain.EnumIds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Vesting schedules seen at large employers (docs/reference-data.md §3), each with its
 * source note. Users can always enter their own letter's schedule as a custom one.
 */
public enum VestingPreset {
    STANDARD("Standard 4 years, 1-year cliff", List.of(25, 25, 25, 25), 12, Cadence.MONTHLY, null,
            "25 % at the 1-year cliff, then monthly (verified: common US convention)."),
    AMAZON("Amazon 5/15/40/40", List.of(5, 15, 40, 40), 12, Cadence.SEMI_ANNUAL,
            List.of(new int[] {12, 5}, new int[] {24, 15}, new int[] {30, 20}, new int[] {36, 20},
                    new int[] {42, 20}, new int[] {48, 20}),
            "5 % at 12 months, 15 % at 24, then 20 % every 6 months (secondary: reported by employees and "
                    + "compensation sites); year-1 and year-2 cash sign-on usually paid monthly."),
    GOOGLE_33("Google 33/33/22/12", List.of(33, 33, 22, 12), 0, Cadence.MONTHLY, null,
            "Monthly, no cliff, front-loaded (secondary: most new hires since 2022)."),
    GOOGLE_38("Google 38/32/20/10", List.of(38, 32, 20, 10), 0, Cadence.MONTHLY, null,
            "Monthly, no cliff (secondary: the variant some calculators use)."),
    META("Meta quarterly 25/25/25/25", List.of(25, 25, 25, 25), 0, Cadence.QUARTERLY, null,
            "Quarterly, no cliff (secondary)."),
    NVIDIA("Nvidia 40/30/20/10", List.of(40, 30, 20, 10), 0, Cadence.QUARTERLY, null,
            "Quarterly, front-loaded, with a guaranteed minimum yearly refresher (secondary: 2025 onwards).");

    private final String label;
    private final List<BigDecimal> yearlyPercents;
    private final int cliffMonths;
    private final Cadence cadence;
    private final List<VestEvent> events;
    private final String sourceNote;

    VestingPreset(String label, List<Integer> yearly, int cliffMonths, Cadence cadence, List<int[]> events,
                  String sourceNote) {
        this.label = label;
        this.yearlyPercents = yearly.stream().map(BigDecimal::valueOf).toList();
        this.cliffMonths = cliffMonths;
        this.cadence = cadence;
        if (events == null) {
            this.events = null;
        } else {
            List<VestEvent> list = new ArrayList<>();
            for (int[] event : events) {
                list.add(new VestEvent(event[0], BigDecimal.valueOf(event[1])));
            }
            this.events = List.copyOf(list);
        }
        this.sourceNote = sourceNote;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public List<BigDecimal> yearlyPercents() {
        return yearlyPercents;
    }

    public int cliffMonths() {
        return cliffMonths;
    }

    public Cadence cadence() {
        return cadence;
    }

    /** Exact dates when the preset has irregular ones (Amazon); null when the cadence rule gives them. */
    List<VestEvent> events() {
        return events;
    }

    public String sourceNote() {
        return sourceNote;
    }

    public static Optional<VestingPreset> fromId(String id) {
        return EnumIds.find(values(), VestingPreset::id, id);
    }
}
