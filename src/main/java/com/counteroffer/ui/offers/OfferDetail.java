package com.counteroffer.ui.offers;

import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import com.counteroffer.service.RoundView;
import java.util.List;

/**
 * The selected offer in full: its row (projection), its years after tax (null when the tax figures
 * could not be worked out, with {@code problem} saying why), its negotiation history, and what payroll
 * withholds in the first year beside what is owed (null when not worked out).
 */
public record OfferDetail(OfferRow row, List<YearTakeHome> takeHome, List<RoundView> rounds, String problem,
                          WithholdingResult withholding) {

    public OfferDetail {
        takeHome = takeHome == null ? null : List.copyOf(takeHome);
        rounds = List.copyOf(rounds);
    }

    /** Without the withholding. */
    public OfferDetail(OfferRow row, List<YearTakeHome> takeHome, List<RoundView> rounds, String problem) {
        this(row, takeHome, rounds, problem, null);
    }
}
