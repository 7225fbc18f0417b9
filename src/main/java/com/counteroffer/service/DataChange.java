package com.counteroffer.service;

/**
 * Something saved that screens showing it must refresh for. Services announce a change after it
 * is saved, wherever it was made (another screen, the round log, an import), so no screen keeps a
 * copy that goes stale.
 */
public sealed interface DataChange {

    /** The client whose data changed, or null when it concerns all clients. */
    Long clientId();

    /** An offer was added, edited, deleted, restored or negotiated; {@code offerId} null for several. */
    record Offers(Long clientId, Long offerId) implements DataChange {
    }

    record Profile(Long clientId) implements DataChange {
    }

    /** Clients were added, renamed, archived or deleted. */
    record Clients(Long clientId) implements DataChange {
    }

    record Notes(Long clientId) implements DataChange {
    }

    /** The negotiation workspace of an offer was saved. */
    record Workspace(Long clientId, long offerId) implements DataChange {
    }

    record Scenario(Long clientId) implements DataChange {
    }

    /** The active market dataset was replaced. */
    record Dataset() implements DataChange {
        @Override
        public Long clientId() {
            return null;
        }
    }

    /** Everything may have changed (a restore or an import): reload it all. */
    record Everything() implements DataChange {
        @Override
        public Long clientId() {
            return null;
        }
    }

    /** Whether a screen showing {@code shownClient} must react. */
    default boolean concerns(long shownClient) {
        return clientId() == null || clientId() == shownClient;
    }
}
