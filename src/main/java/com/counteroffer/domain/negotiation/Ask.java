package com.counteroffer.domain.negotiation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to ask for.
 *
 * @param target what to settle for, whole dollars; null for levers that are not money
 * @param opening what to ask for first, above the target by the anchor margin; null for levers that are not money
 * @param rule the rule that gave the numbers, with the numbers, e.g. "base target $317,500 = …"
 * @param inputs each input the rule used, with its value and where it comes from, in the order used
 * @param text what to ask, in a sentence
 */
public record Ask(Lever lever, BigDecimal target, BigDecimal opening, String rule, Map<String, String> inputs,
                  String text) {

    public Ask {
        Objects.requireNonNull(lever, "lever");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs == null ? Map.of() : inputs));
    }
}
