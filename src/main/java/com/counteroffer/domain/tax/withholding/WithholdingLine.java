package com.counteroffer.domain.tax.withholding;

import java.math.BigDecimal;

/**
 * One figure of the withheld-vs-owed comparison, with how it was worked out.
 *
 * @param formula the arithmetic in words and numbers, e.g. "22 % × $150,000 supplemental wages"
 * @param source where the rule comes from (a citation), or "" for a sum of other lines
 * @param assumption true where the figure rests on an assumption rather than a rule
 */
public record WithholdingLine(String key, String label, BigDecimal amount, String formula, String source,
                              boolean assumption) {
}
