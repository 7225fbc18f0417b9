package com.counteroffer.domain.negotiation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of the packages offered together (a MESO): the whole offer as it would be, worth the same as
 * the others in the plan's package view.
 *
 * @param id stable id: {@code base}, {@code equity}, {@code sign_on}, or {@code base_and_sign_on} (the split
 *     that stands in for a lever that can't carry the difference)
 * @param label what the package leans on, e.g. "More base"
 * @param base the package's base salary, whole dollars
 * @param grant the package's whole initial grant in dollars at the start price (options at their spread at the
 *     engine's price; 0 without equity)
 * @param signOn the package's sign-on in total, whole dollars
 * @param value the package's value in the view, as the projection engine computes it
 * @param say the package in a sentence the user can put to the employer
 */
public record EquivalentPackage(String id, String label, long base, long grant, long signOn, BigDecimal value,
                                String say) {

    public EquivalentPackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(say, "say");
    }
}
