package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.Source;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One jurisdiction's tables for one tax year, as read from its file. A new year is a new file.
 *
 * @param scheduleYear the year the figures were published for; differs from {@code taxYear} when an older
 *                     schedule stands in (California 2025 for 2026)
 * @param label a line to show wherever these tables are used, e.g. that an older schedule stands in; may be ""
 * @param incomeTax whether wages are taxed; null for FICA, which is not an income tax
 * @param supplementalTax New York's recapture table, or null elsewhere
 * @param payroll employee payroll premiums of a state read by the generic computation
 * @param addBacks amounts added to the tax by federal AGI (Connecticut)
 * @param localities the city and county taxes a resident may choose from
 */
public record Jurisdiction(JurisdictionId id, String name, int taxYear, int scheduleYear, String label,
                           List<Source> sources, IncomeTaxLevy incomeTax, Map<FilingStatus, Schedule> schedules,
                           Map<String, Map<FilingStatus, Figure>> byFiling, Map<String, Figure> figures,
                           RecaptureTable supplementalTax, List<String> notes, List<PayrollPremium> payroll,
                           List<AddBack> addBacks, List<Locality> localities) {

    public Jurisdiction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        label = label == null ? "" : label;
        sources = List.copyOf(sources);
        schedules = schedules.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(schedules));
        Map<String, Map<FilingStatus, Figure>> perFiling = new LinkedHashMap<>();
        byFiling.forEach((figure, values) -> perFiling.put(figure,
                values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values))));
        byFiling = Collections.unmodifiableMap(perFiling);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        notes = List.copyOf(notes);
        payroll = List.copyOf(payroll);
        addBacks = List.copyOf(addBacks);
        localities = List.copyOf(localities);
    }

    /** Tables with no payroll premiums, add-backs or localities. */
    public Jurisdiction(JurisdictionId id, String name, int taxYear, int scheduleYear, String label,
                        List<Source> sources, IncomeTaxLevy incomeTax, Map<FilingStatus, Schedule> schedules,
                        Map<String, Map<FilingStatus, Figure>> byFiling, Map<String, Figure> figures,
                        RecaptureTable supplementalTax, List<String> notes) {
        this(id, name, taxYear, scheduleYear, label, sources, incomeTax, schedules, byFiling, figures,
                supplementalTax, notes, List.of(), List.of(), List.of());
    }

    /** Whether this jurisdiction has its own tables for {@code filing}; if not, the single ones stand in. */
    public boolean covers(FilingStatus filing) {
        if (!schedules.isEmpty()) {
            return schedules.containsKey(filing);
        }
        return byFiling.values().stream().allMatch(values -> values.containsKey(filing));
    }

    /** The filing status whose tables are used for {@code filing}: itself, or single when there are none. */
    public FilingStatus tablesFor(FilingStatus filing) {
        return covers(filing) ? filing : FilingStatus.SINGLE;
    }

    public Schedule schedule(FilingStatus filing) {
        Schedule schedule = schedules.get(tablesFor(filing));
        if (schedule == null) {
            throw new IllegalStateException(id.id() + " has no rate schedule");
        }
        return schedule;
    }

    public Figure figure(String name) {
        Figure figure = figures.get(name);
        if (figure == null) {
            throw new IllegalStateException(id.id() + " has no figure " + name);
        }
        return figure;
    }

    public Figure figure(String name, FilingStatus filing) {
        Map<FilingStatus, Figure> values = byFiling.get(name);
        Figure figure = values == null ? null : values.get(tablesFor(filing));
        if (figure == null) {
            throw new IllegalStateException(id.id() + " has no figure " + name + " for " + filing.id());
        }
        return figure;
    }

    /** A figure the file may leave out, such as a phase-out; empty when it does. */
    public Optional<Figure> optionalFigure(String name, FilingStatus filing) {
        Map<FilingStatus, Figure> values = byFiling.get(name);
        return values == null ? Optional.empty() : Optional.ofNullable(values.get(tablesFor(filing)));
    }

    /** The locality with this id, e.g. {@code philadelphia}. */
    public Optional<Locality> locality(String localityId) {
        return localities.stream().filter(locality -> locality.id().equals(localityId)).findFirst();
    }

    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(source -> source.id().equals(sourceId)).findFirst();
    }
}
