package com.counteroffer.domain.compare;

import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.tax.CostOfLiving;
import com.counteroffer.domain.tax.PriceParity;
import com.counteroffer.domain.tax.TakeHome;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An offer's projection taken through 2026 taxes and regional prices, year by year. */
public final class OfferTakeHome {

    private OfferTakeHome() {
    }

    public static List<YearTakeHome> of(Offer offer, Projection projection, TaxProfile profile, TaxTables tables,
                                        CostOfLiving prices) {
        List<YearTakeHome> years = new ArrayList<>();
        TaxProfile.Residence residence = profile.residenceFor(offer);
        TaxProfile taxed = residence.profile();
        String hub = priceHub(offer, profile);
        Optional<PriceParity> parity = hub == null ? Optional.empty() : prices.metroForHub(hub);
        BigDecimal rpp = parity.map(PriceParity::rpp).orElse(prices.usAverage());
        String place = parity.map(PriceParity::metro).orElse("US average");
        for (YearAmounts year : projection.years()) {
            BigDecimal wages = year.wages().add(year.relocation());
            TaxInput input = taxed.inputFor(wages);
            var tax = TakeHome.forWages(tables, input);
            BigDecimal net = tax.net();
            if (input.spouseWages().signum() > 0) {
                // The offer's own take-home: what the household keeps beyond the spouse's pay taxed alone.
                net = net.subtract(TakeHome.forWages(tables, taxed.inputFor(BigDecimal.ZERO)).net());
            }
            years.add(new YearTakeHome(year.year(), wages, tax, net, CostOfLiving.purchasingPower(net, rpp), rpp,
                    place, residence.explanation()));
        }
        return years;
    }

    /** Remote work is spent where the user lives; otherwise where the offer is. */
    static String priceHub(Offer offer, TaxProfile profile) {
        if (offer.remotePolicy() == RemotePolicy.REMOTE || offer.location() == null
                || "remote".equals(offer.location()) || "other".equals(offer.location())) {
            return profile.homeHub();
        }
        return offer.location();
    }
}
