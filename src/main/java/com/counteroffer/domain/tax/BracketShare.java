package com.counteroffer.domain.tax;

import java.math.BigDecimal;

/**
 * The part of taxable income that fell in one bracket, and its tax.
 *
 * @param jurisdiction who levies it, e.g. "Federal", "New York City"
 * @param to the bracket's upper bound, or null for the top bracket
 * @param taxable the amount of taxable income in this bracket
 */
public record BracketShare(String jurisdiction, BigDecimal rate, BigDecimal from, BigDecimal to,
                           BigDecimal taxable, BigDecimal tax) {
}
