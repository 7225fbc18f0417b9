package com.counteroffer.ui.offers;

import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.service.RoundView;
import java.util.List;

/**
 * The selected offer in full: its row (projection), its years after tax (null when the tax figures
 * could not be worked out, with {@code problem} saying why) and its negotiation history.
 */
public record OfferDetail(OfferRow row, List<YearTakeHome> takeHome, List<RoundView> rounds, String problem) {

    public OfferDetail {
        takeHome = takeHome == null ? null : List.copyOf(takeHome);
        rounds = List.copyOf(rounds);
    }
}
