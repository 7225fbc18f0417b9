package com.counteroffer.domain.tax.withholding;

import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.tax.Figure;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Schedule;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One year's withholding rules, as read from {@code withholding-<year>.json}: the federal percentage method
 * and supplemental rates, each state's supplemental rate, and the estimated-tax safe harbour.
 *
 * @param percentageMethod Publication 15-T's annual table per filing status (Worksheet 1A, W-4 Step 2 unchecked)
 * @param wageAdjustment Worksheet 1A line 1g per filing status, subtracted from annual wages before the table
 * @param federal the figures named in {@link #FEDERAL_FIGURES}
 * @param safeHarbor the figures named in {@link #SAFE_HARBOR_FIGURES}
 * @param states every state and DC by postal code
 * @param localities city rates by id (e.g. "nyc")
 */
public record WithholdingTables(int taxYear, List<Source> sources, Map<FilingStatus, Schedule> percentageMethod,
                                Map<FilingStatus, Figure> wageAdjustment, Map<String, Figure> federal,
                                Map<String, Figure> safeHarbor, Map<String, StateWithholding> states,
                                Map<String, Figure> localities, List<String> notes) {

    public static final String SUPPLEMENTAL_RATE = "supplemental_rate";
    public static final String SUPPLEMENTAL_HIGH_RATE = "supplemental_high_rate";
    public static final String SUPPLEMENTAL_HIGH_RATE_ABOVE = "supplemental_high_rate_above";
    public static final String ADDITIONAL_MEDICARE_RATE = "additional_medicare_rate";
    public static final String ADDITIONAL_MEDICARE_THRESHOLD = "additional_medicare_withholding_threshold";
    public static final List<String> FEDERAL_FIGURES = List.of(SUPPLEMENTAL_RATE, SUPPLEMENTAL_HIGH_RATE,
            SUPPLEMENTAL_HIGH_RATE_ABOVE, ADDITIONAL_MEDICARE_RATE, ADDITIONAL_MEDICARE_THRESHOLD);

    public static final String CURRENT_YEAR_PERCENT = "current_year_percent";
    public static final String PRIOR_YEAR_PERCENT = "prior_year_percent";
    public static final String PRIOR_YEAR_HIGH_AGI_PERCENT = "prior_year_high_agi_percent";
    public static final String HIGH_AGI_THRESHOLD = "high_agi_threshold";
    public static final String NO_PENALTY_BELOW = "no_penalty_below";
    public static final List<String> SAFE_HARBOR_FIGURES = List.of(CURRENT_YEAR_PERCENT, PRIOR_YEAR_PERCENT,
            PRIOR_YEAR_HIGH_AGI_PERCENT, HIGH_AGI_THRESHOLD, NO_PENALTY_BELOW);

    /** Which rates may be 100 % or more (the prior-year safe harbour is 100 % or 110 %). */
    public static final List<String> RATES_UP_TO_TWICE = List.of(PRIOR_YEAR_PERCENT, PRIOR_YEAR_HIGH_AGI_PERCENT);

    /** The 50 states and DC, each of which the file must describe. */
    public static final List<String> STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY");

    /** The cities with their own supplemental rate. */
    public static final List<String> LOCALITIES = List.of("nyc");

    public WithholdingTables {
        sources = List.copyOf(sources);
        percentageMethod = Map.copyOf(new EnumMap<>(percentageMethod));
        wageAdjustment = Map.copyOf(new EnumMap<>(wageAdjustment));
        federal = Collections.unmodifiableMap(new LinkedHashMap<>(federal));
        safeHarbor = Collections.unmodifiableMap(new LinkedHashMap<>(safeHarbor));
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        localities = Collections.unmodifiableMap(new LinkedHashMap<>(localities));
        notes = List.copyOf(notes);
        for (FilingStatus filing : FilingStatus.values()) {
            if (!percentageMethod.containsKey(filing) || !wageAdjustment.containsKey(filing)) {
                throw new IllegalArgumentException("no federal withholding table for " + filing.label());
            }
        }
        requireAll(federal, FEDERAL_FIGURES, "federal");
        requireAll(safeHarbor, SAFE_HARBOR_FIGURES, "safe_harbor");
        requireAll(states, STATES, "states");
    }

    private static void requireAll(Map<String, ?> map, List<String> names, String where) {
        for (String name : names) {
            if (!map.containsKey(name)) {
                throw new IllegalArgumentException(where + " has no " + name);
            }
        }
    }

    public Figure federal(String name) {
        return federal.get(name);
    }

    public Figure safeHarbor(String name) {
        return safeHarbor.get(name);
    }

    /** The state with this postal code; empty for a code not among the 50 states and DC (e.g. OTHER). */
    public Optional<StateWithholding> state(String code) {
        return Optional.ofNullable(states.get(code));
    }

    public Optional<Figure> locality(String id) {
        return Optional.ofNullable(localities.get(id));
    }

    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(source -> source.id().equals(sourceId)).findFirst();
    }

    /** A short citation for a source id, e.g. "Internal Revenue Service (2025): Publication 15-T (2026)…". */
    public String cite(String sourceId) {
        return source(sourceId).map(Source::citation).orElse(sourceId);
    }
}
