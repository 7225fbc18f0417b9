package com.counteroffer.domain.market;

import com.counteroffer.domain.EnumIds;
import java.util.Optional;

/** How far a figure can be trusted, as defined in docs/reference-data.md. */
public enum FigureStatus {
    /** Read in the cited source. */
    VERIFIED("verified"),
    /** Read in a reliable restatement of the source. */
    SECONDARY("secondary"),
    /** Computed from other figures; the formula is given. */
    DERIVED("derived"),
    /** An assumption: labelled as one in the app and editable by the user. */
    UNCERTAIN("uncertain");

    private final String id;

    FigureStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FigureStatus> fromId(String id) {
        return EnumIds.find(values(), FigureStatus::id, id);
    }
}
