package com.counteroffer.domain.negotiation;

import java.util.Locale;

/** How the equivalent packages are valued: the measure in which all three are worth the same. */
public enum PackageView {
    /** Levels.fyi style: base, bonus, the grant over its vesting years, sign-on over four. */
    ANNUALISED("Annualised total"),
    /** What the first twelve months pay: sign-on counts in full. */
    FIRST_YEAR("First-year total"),
    /** The first four years added up. */
    FOUR_YEAR("Four-year total");

    private final String label;

    PackageView(String label) {
        this.label = label;
    }

    /** The name used in files and JSON, e.g. {@code first_year}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<PackageView> fromId(String id) {
        return com.counteroffer.domain.EnumIds.find(values(), PackageView::id, id);
    }
}
