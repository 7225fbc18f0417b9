package com.counteroffer.domain.negotiation;

import java.util.Objects;

/**
 * A guardrail that tripped.
 *
 * @param code stable id: above_band_unsupported, deadline_soon, bonus_lever, below_walk_away,
 *     above_evidence or above_usual_move
 */
public record Warning(String code, String message) {

    public static final String ABOVE_BAND_UNSUPPORTED = "above_band_unsupported";
    public static final String DEADLINE_SOON = "deadline_soon";
    public static final String BONUS_LEVER = "bonus_lever";
    public static final String BELOW_WALK_AWAY = "below_walk_away";
    /** An opening asks for more than the evidence it stands on supports. */
    public static final String ABOVE_EVIDENCE = "above_evidence";
    /** Without evidence for it, the openings together move the total more than counters usually do. */
    public static final String ABOVE_USUAL_MOVE = "above_usual_move";

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
