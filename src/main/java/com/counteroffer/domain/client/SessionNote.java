package com.counteroffer.domain.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One note a coach wrote in a session, and when; pinned notes are listed first, and an edited one
 * says when it was last changed (null when never).
 */
public record SessionNote(long id, Instant writtenAt, String text, boolean pinned, Instant editedAt) {

    /** A note as first written: not pinned, never edited. */
    public SessionNote(long id, Instant writtenAt, String text) {
        this(id, writtenAt, text, false, null);
    }

    /** The session the note belongs to: the day it was written, in {@code zone}. */
    public LocalDate session(ZoneId zone) {
        return writtenAt.atZone(zone).toLocalDate();
    }
}
