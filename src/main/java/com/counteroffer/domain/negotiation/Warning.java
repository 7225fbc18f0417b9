package com.counteroffer.domain.negotiation;

import java.util.Objects;

/**
 * A guardrail that tripped.
 *
 * @param code stable id: above_band_unsupported, deadline_soon, bonus_lever or below_walk_away
 */
public record Warning(String code, String message) {

    public static final String ABOVE_BAND_UNSUPPORTED = "above_band_unsupported";
    public static final String DEADLINE_SOON = "deadline_soon";
    public static final String BONUS_LEVER = "bonus_lever";
    public static final String BELOW_WALK_AWAY = "below_walk_away";

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
