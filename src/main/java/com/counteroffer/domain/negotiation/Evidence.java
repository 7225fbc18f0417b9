package com.counteroffer.domain.negotiation;

/**
 * What an ask's numbers stand on, strongest first: the order the planner tries them in
 * (decision 0015). The plan names the one it used for every ask.
 */
public enum Evidence {
    /** Another offer (or the current job) that pays more in the comparable component or in total. */
    COMPETING_OFFER("competing_offer", "a competing offer"),
    /** The unvested equity the user leaves behind by moving (sign-on only). */
    UNVESTED_EQUITY("unvested_equity", "the unvested equity you leave behind"),
    /** The level's market band, only where its basis is the component's and not in doubt. */
    MARKET_BAND("market_band", "the market band for the level"),
    /** The pay range the employer posted for the job, as the user entered it. */
    POSTED_RANGE("posted_range", "the job's posted pay range"),
    /** No evidence: what negotiations usually move (an editable assumption). */
    USUAL_MOVE("usual_move", "what a counter usually moves (an assumption)"),
    /** Not a dollar ask: a term worth raising (level, start date, remote work, relocation). */
    TERMS("terms", "a term worth asking about");

    private final String id;
    private final String label;

    Evidence(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in JSON, e.g. {@code competing_offer}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
