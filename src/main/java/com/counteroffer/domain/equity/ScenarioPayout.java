package com.counteroffer.domain.equity;

import java.math.BigDecimal;

/**
 * One exit through the waterfall, and what the grant receives in it.
 *
 * @param companyValue the exit value, or null for an exit given as a price per share
 * @param probability a fraction (scaled so the scenarios add up to 1); 1 for a single chosen exit
 * @param waterfall preferences, conversion and the common payout; null for an exit given per share
 * @param perCommonShare what one common share receives
 * @param grantPayout the whole grant: shares × per share, less the strike for options (never below 0)
 */
public record ScenarioPayout(String name, BigDecimal companyValue, BigDecimal probability, Waterfall waterfall,
                             BigDecimal perCommonShare, BigDecimal grantPayout) {
}
