package com.counteroffer.service;

import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.profile.Profile;
import java.util.List;

/**
 * Where a client stands in the market, as the Market screen, the counter plan, the report and the
 * command line all show it: the dataset, the client's level band, the adjustments their switches
 * turn on, and their own pay placed in the adjusted band.
 *
 * @param band the profile's level band, or null without a profile
 * @param position the client's pay in the band, or null when the profile lacks that pay
 * @param problem why there is no position although there is a band (e.g. the adjustments collapse it), or null
 */
public record MarketStanding(MarketDataset dataset, Profile profile, LevelBand band, List<Adjustment> adjustments,
                             MarketPosition position, String problem) {

    public MarketStanding {
        adjustments = List.copyOf(adjustments);
    }

    /** The pay figure the band compares: base for base bands, total compensation for the principal band. */
    public Long comparedPay() {
        if (profile == null || band == null) {
            return null;
        }
        return band.basis() == PayBasis.BASE ? profile.currentBase() : profile.currentTotalComp();
    }
}
