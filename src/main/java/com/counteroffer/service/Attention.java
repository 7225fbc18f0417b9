package com.counteroffer.service;

import com.counteroffer.domain.client.Client;
import java.time.LocalDate;

/**
 * Something across the practice that needs the coach: an overdue action item or an offer whose
 * deadline is near, with the client it concerns, what it is, and the day that matters.
 */
public record Attention(Client client, Kind kind, String what, LocalDate date) {

    public enum Kind {
        /** An open action item past its due date. */
        OVERDUE_ITEM,
        /** An offer still open whose deadline is within {@link ClientOverviewService#DEADLINE_DAYS} days. */
        OFFER_DEADLINE
    }
}
