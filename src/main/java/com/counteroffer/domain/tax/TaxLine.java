package com.counteroffer.domain.tax;

import java.math.BigDecimal;

/**
 * A named part of the result that is not a bracket, such as New York's supplemental tax or
 * California's exemption credit (negative: it lowers the tax).
 */
public record TaxLine(String jurisdiction, String label, BigDecimal amount) {
}
