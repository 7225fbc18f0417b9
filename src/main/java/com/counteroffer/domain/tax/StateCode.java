package com.counteroffer.domain.tax;

import java.util.Locale;
import java.util.Optional;

/** The states of residence whose wage taxes are modelled; any other state is {@link #OTHER}. */
public enum StateCode {
    CA("California"),
    NY("New York"),
    WA("Washington"),
    TX("Texas"),
    VA("Virginia"),
    DC("District of Columbia"),
    MD("Maryland"),
    /** A state whose tax is not modelled: only federal tax and FICA are computed. */
    OTHER("another state");

    private final String label;

    StateCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The jurisdiction holding this state's tables; empty for {@link #OTHER}. */
    public Optional<JurisdictionId> jurisdiction() {
        return this == OTHER ? Optional.empty() : Optional.of(JurisdictionId.valueOf(name()));
    }

    /** Accepts the two-letter code or "other", in any case. */
    public static Optional<StateCode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
