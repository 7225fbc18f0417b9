package com.counteroffer.service;

import com.counteroffer.domain.client.Client;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a coach sees of a client at a glance (the quick switcher, the client list).
 *
 * @param level the saved profile's level, or empty before the profile is saved
 * @param offerCount the offers being weighed (the current job is not one)
 * @param nextDeadline the earliest decision deadline, today or later, among the offers still open
 * @param lastSession the day of the newest session note
 */
public record ClientOverview(Client client, String level, int offerCount, Optional<LocalDate> nextDeadline,
                             Optional<LocalDate> lastSession) {
}
