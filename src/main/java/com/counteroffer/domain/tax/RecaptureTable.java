package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * New York's supplemental tax (Tax Law §601(d-4)), which takes back the benefit of the lower brackets
 * from higher incomes: the steps per filing status, rising from taxable income 0.
 */
public record RecaptureTable(Map<FilingStatus, List<RecaptureStep>> steps, String sourceId, FigureStatus status,
                             String note) {

    public RecaptureTable {
        Map<FilingStatus, List<RecaptureStep>> copy = new EnumMap<>(FilingStatus.class);
        steps.forEach((filing, rows) -> {
            if (rows.isEmpty() || rows.get(0).taxableIncomeFrom().signum() != 0) {
                throw new IllegalArgumentException("the " + filing.id() + " recapture steps must start at 0");
            }
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).taxableIncomeFrom().compareTo(rows.get(i - 1).taxableIncomeFrom()) <= 0) {
                    throw new IllegalArgumentException("the " + filing.id() + " recapture steps must rise");
                }
            }
            copy.put(filing, List.copyOf(rows));
        });
        steps = Map.copyOf(copy);
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /** The step whose row taxable income falls in (the last row starting at or below it). */
    public RecaptureStep stepFor(FilingStatus filing, BigDecimal taxableIncome) {
        List<RecaptureStep> rows = steps.get(filing);
        if (rows == null) {
            throw new IllegalArgumentException("no recapture steps for " + filing.id());
        }
        RecaptureStep found = rows.get(0);
        for (RecaptureStep row : rows) {
            if (taxableIncome.compareTo(row.taxableIncomeFrom()) >= 0) {
                found = row;
            }
        }
        return found;
    }
}
