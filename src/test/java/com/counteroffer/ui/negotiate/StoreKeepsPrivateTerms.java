package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.Services;

/**
 * Whether the offer store keeps an option grant's private-company terms (the offer format /2 of
 * issue 18, built in parallel): the valuation choice saved per offer needs it. Checked on a copy.
 */
final class StoreKeepsPrivateTerms {

    private StoreKeepsPrivateTerms() {
    }

    static boolean check(Services services, long offerWithOptions) {
        Offer offer = services.offers().get(1, offerWithOptions).offer();
        OptionGrant options = (OptionGrant) offer.equity();
        long copy = services.offers().add(1, offer.asCopyNamed("Format probe").withTerms(offer.base(), offer.signOns(),
                options.withCompany(options.company().withValuation(ValuationBasis.SCENARIOS))));
        boolean kept = services.offers().get(1, copy).offer().equity().company().valuation() == ValuationBasis.SCENARIOS;
        services.offers().delete(1, copy);
        return kept;
    }
}
