package com.counteroffer.domain.exchange;

/**
 * Where imported offers go.
 *
 * @param clientId the client for offers the file names no client for (or for all, with {@code everything})
 * @param everything true: every offer goes to {@code clientId}, whatever client the file names
 */
public record ImportTarget(long clientId, boolean everything) {
}
