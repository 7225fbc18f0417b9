package com.counteroffer.domain.profile;

/** Highest degree. The seed: advanced degrees in systems or distributed systems often lift starting offers. */
public enum Education {
    BS("Bachelor's (BS)"),
    MS("Master's (MS)"),
    PHD("PhD"),
    OTHER("Other");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
