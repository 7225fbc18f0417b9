package com.counteroffer.domain.client;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Homework a coach gives a client ("ask the recruiter for the refresh policy"): what, by when (null
 * for no date), whether it is done, and when it was written.
 */
public record ActionItem(long id, String text, LocalDate due, boolean done, Instant createdAt) {

    /** Open and past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return !done && due != null && due.isBefore(today);
    }
}
