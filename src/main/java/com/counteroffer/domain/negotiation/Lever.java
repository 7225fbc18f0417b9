package com.counteroffer.domain.negotiation;

/**
 * What a counter can ask to change, in the order they usually move (reference-data §7: base, then
 * equity, then sign-on; then the terms that cost the company little). There is no bonus lever:
 * bonus percentages are usually fixed per level.
 */
public enum Lever {
    BASE("base", "Base salary", true),
    EQUITY("equity", "Equity grant", true),
    SIGN_ON("sign_on", "Sign-on bonus", true),
    LEVEL("level", "Level", false),
    START_DATE("start_date", "Start date", false),
    REMOTE("remote", "Remote work", false),
    RELOCATION("relocation", "Relocation", false);

    private final String id;
    private final String label;
    private final boolean money;

    Lever(String id, String label, boolean money) {
        this.id = id;
        this.label = label;
        this.money = money;
    }

    /** The name used in files and JSON, e.g. {@code sign_on}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether the ask is a dollar amount (target and opening) rather than a term to ask about. */
    public boolean money() {
        return money;
    }
}
