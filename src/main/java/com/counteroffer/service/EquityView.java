package com.counteroffer.service;

import com.counteroffer.domain.equity.EquityAnalysis;
import java.math.BigDecimal;

/**
 * An offer's options or private shares analysed for a client.
 *
 * @param wagesForTax the year-1 cash pay (base, bonus, sign-on, relocation) the tax at exercise is
 *     estimated on top of
 * @param taxedAs where the wages are taxed, and why (the client's residence or the offer's hub)
 */
public record EquityView(String company, EquityAnalysis analysis, BigDecimal wagesForTax, String taxedAs) {
}
