package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.util.Objects;

/** Whether a jurisdiction taxes wage income at all (Texas and Washington do not). */
public record IncomeTaxLevy(boolean levied, String sourceId, FigureStatus status, String note) {

    public IncomeTaxLevy {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }
}
