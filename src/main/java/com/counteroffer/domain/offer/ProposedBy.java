package com.counteroffer.domain.offer;

import java.util.Locale;

/** Who put a negotiation round's terms on the table. */
public enum ProposedBy {
    EMPLOYER, CANDIDATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
