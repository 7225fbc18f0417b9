package com.counteroffer.domain.market;

/** Where a figure falls against a range. */
public enum PositionStatus {
    BELOW("below"),
    WITHIN("within"),
    ABOVE("above");

    private final String id;

    PositionStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
