package com.counteroffer.domain.offer;

/** How options are taxed when exercised (IRC §422 for incentive stock options, §83 otherwise). */
public enum OptionType {
    /** Incentive stock options: no regular tax at exercise, but the spread counts for the AMT. */
    ISO("iso", "ISO"),
    /** Non-qualified options: the spread at exercise is taxed as wages. */
    NSO("nso", "NSO");

    private final String id;
    private final String label;

    OptionType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
