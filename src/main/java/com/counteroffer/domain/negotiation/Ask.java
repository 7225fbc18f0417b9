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
 * @param opening what to ask for first; null for levers that are not money
 * @param evidence what the numbers stand on (the strongest evidence the user has for this lever)
 * @param evidenceLimit the most that evidence supports, whole dollars; an opening above it carries a
 *     warning; null for levers that are not money
 * @param reason which evidence was used and why, in a sentence for the user
 * @param rule the rule that gave the numbers, with the numbers, e.g. "base target $317,500 = …"
 * @param inputs each input the rule used, with its value and where it comes from, in the order used
 * @param text what to ask, in a sentence (an instruction to the user)
 * @param say the line to say to the employer, in the first person, with no citation
 * @param ifPushed the line for when they push back
 */
public record Ask(Lever lever, BigDecimal target, BigDecimal opening, Evidence evidence, BigDecimal evidenceLimit,
                  String reason, String rule, Map<String, String> inputs, String text, String say, String ifPushed) {

    public Ask {
        Objects.requireNonNull(lever, "lever");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(say, "say");
        Objects.requireNonNull(ifPushed, "ifPushed");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs == null ? Map.of() : inputs));
    }

    /** Whether the opening asks for more than its evidence supports (the plan then warns). */
    public boolean exceedsEvidence() {
        return opening != null && evidenceLimit != null && opening.compareTo(evidenceLimit) > 0;
    }
}
