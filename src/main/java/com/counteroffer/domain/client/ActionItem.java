package com.counteroffer.domain.client;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Homework a coach gives a client ("ask the recruiter for the refresh policy"): what, by when (null
 * for no date), when it was ticked done (null while open), and when it was written.
 */
public record ActionItem(long id, String text, LocalDate due, Instant doneAt, Instant createdAt) {

    public boolean done() {
        return doneAt != null;
    }

    /** Open and past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return doneAt == null && due != null && due.isBefore(today);
    }
}
