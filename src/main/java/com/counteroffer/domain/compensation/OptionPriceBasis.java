package com.counteroffer.domain.compensation;

/** Which share price values stock options (reference-data.md §2). */
public enum OptionPriceBasis {
    /** The 409A fair market value: what the common shares are worth on paper today. */
    FAIR_MARKET_VALUE("409A fair market value"),
    /** The price investors paid for preferred shares, often three times the 409A value or more. */
    PREFERRED("preferred price");

    private final String label;

    OptionPriceBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
