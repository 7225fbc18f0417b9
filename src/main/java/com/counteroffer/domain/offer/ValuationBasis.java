package com.counteroffer.domain.offer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which price values stock options and private-company shares. Saved per offer; a comparison may
 * look at every offer under one basis for a moment without changing what is saved.
 */
public enum ValuationBasis {
    /** What the common shares are worth for tax today; the default, and usually far below what investors paid. */
    FAIR_MARKET_VALUE("409a", "409A price", "tax value, usually far below what investors paid"),
    /** The price investors paid for preferred shares in the latest round. */
    PREFERRED("preferred", "Preferred price", "what investors paid in the latest round"),
    /** One exit the user chooses: a company value or a price per share, after dilution and preferences. */
    EXIT("exit", "An exit you choose", "what common shares get if the company sells for the value you choose"),
    /** Probability-weighted over the offer's exit scenarios, with the worst, median and best beside it. */
    SCENARIOS("scenarios", "Exit scenarios", "the expected value over outcomes you weigh, from failure to a strong exit");

    private final String id;
    private final String label;
    private final String meaning;

    ValuationBasis(String id, String label, String meaning) {
        this.id = id;
        this.label = label;
        this.meaning = meaning;
    }

    /** How files and the command line name it: 409a, preferred, exit, scenarios. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** What the basis means, in a few words, shown beside the choice. */
    public String meaning() {
        return meaning;
    }

    public static Optional<ValuationBasis> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(basis -> basis.id.equals(wanted)).findFirst();
    }
}
