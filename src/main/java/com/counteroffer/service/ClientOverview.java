package com.counteroffer.service;

import com.counteroffer.domain.client.Client;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A client as the coach's lists show it: its level (empty without a profile), how many offers it
 * has, the soonest deadline of an offer still open, and the day of its last session (its newest note).
 */
public record ClientOverview(Client client, String level, int offerCount, Optional<LocalDate> nextDeadline,
                             Optional<LocalDate> lastSession) {
}
