package com.counteroffer.domain.equity;

import java.math.BigDecimal;

/**
 * One possible value of a common share.
 *
 * @param name the scenario's name, or the basis's label when there is only one outcome
 * @param companyValue the company's value in this outcome, or null when valued per share directly
 * @param pricePerShare what one common share is worth in this outcome
 * @param probability a fraction; the outcomes of one value add up to 1
 */
public record ShareOutcome(String name, BigDecimal companyValue, BigDecimal pricePerShare, BigDecimal probability) {
}
