package com.counteroffer.domain.profile;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The user's own multipliers on the market ranges. The seed gives none for location, sector or
 * education, so each is an assumption: absent by default, labelled, with the user's reason.
 * The seed's premiums (AI skills +11 %, hybrid skills +29 %) are switched on by id.
 */
public record MarketAssumptions(Factor location, Factor sector, Factor education, Set<String> appliedPremiums) {

    public static final MarketAssumptions NONE = new MarketAssumptions(null, null, null, Set.of());

    /** How a factor the user typed is labelled wherever it is shown as a source. */
    public static final String USER_ASSUMPTION = "Your assumption (not from the seed)";

    public MarketAssumptions {
        appliedPremiums = Set.copyOf(appliedPremiums);
    }

    /** A multiplier and why the user chose it (e.g. 1.10, "Bay Area offers run ~10 % higher"). */
    public record Factor(BigDecimal value, String reason) {
        public static final BigDecimal MIN = new BigDecimal("0.50");
        public static final BigDecimal MAX = new BigDecimal("2.00");

        public Factor {
            if (value == null || value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("A factor must be between 0.50 and 2.00, got " + value);
            }
            reason = reason == null ? "" : reason.strip();
        }
    }

    public MarketAssumptions withPremium(String premiumId, boolean applied) {
        java.util.Set<String> premiums = new java.util.TreeSet<>(appliedPremiums);
        if (applied) {
            premiums.add(premiumId);
        } else {
            premiums.remove(premiumId);
        }
        return new MarketAssumptions(location, sector, education, premiums);
    }
}
