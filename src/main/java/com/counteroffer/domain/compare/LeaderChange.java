package com.counteroffer.domain.compare;

import java.util.Objects;

/**
 * A change of leader in a comparison: from {@code year} on, {@code toKey} alone has the highest total
 * in the given sense, where {@code fromKey} was the last offer to have it alone. Years in which the top
 * offers tie are nobody's lead: a tie between two leads does not count as a change by itself, and a
 * sole leader after an opening tie is not a change either (see {@link Comparison#leaders}).
 *
 * @param year the first year of the new leader's lead, 2 or later
 */
public record LeaderChange(Basis basis, int year, String fromKey, String toKey) {

    /** What "leads" means. */
    public enum Basis {
        /** By each year's own total: the table's year rows. */
        YEARLY("yearly"),
        /** By the running (cumulative) total up to and including the year. */
        RUNNING("running");

        private final String id;

        Basis(String id) {
            this.id = id;
        }

        /** {@code yearly} or {@code running}, as the command line's JSON spells it. */
        public String id() {
            return id;
        }
    }

    public LeaderChange {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(fromKey, "fromKey");
        Objects.requireNonNull(toKey, "toKey");
        if (fromKey.equals(toKey)) {
            throw new IllegalArgumentException("a leader change needs two offers, not " + fromKey + " twice");
        }
    }
}
