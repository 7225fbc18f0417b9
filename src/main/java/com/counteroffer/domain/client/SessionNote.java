package com.counteroffer.domain.client;

import java.time.Instant;

/** One note a coach wrote in a session, and when. */
public record SessionNote(long id, Instant writtenAt, String text) {
}
