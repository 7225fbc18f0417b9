package com.counteroffer.domain.market;

import com.counteroffer.domain.EnumIds;
import java.util.Locale;
import java.util.Optional;

/** The seed's four experience levels, in order. */
public enum Level {
    ENTRY("entry", "Entry-Level"),
    MID("mid", "Mid-Level"),
    SENIOR("senior", "Senior/Lead"),
    PRINCIPAL("principal", "Principal/Architect");

    private final String id;
    private final String label;

    Level(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The short name used in files and on the command line. */
    public String id() {
        return id;
    }

    /** The seed's own name for the level. */
    public String label() {
        return label;
    }

    public static Optional<Level> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return EnumIds.find(values(), Level::id, id.trim().toLowerCase(Locale.ROOT));
    }
}
