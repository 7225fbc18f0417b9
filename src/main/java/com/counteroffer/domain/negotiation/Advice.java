package com.counteroffer.domain.negotiation;

import java.util.Objects;

/**
 * A rule or a line for the user, with where it comes from.
 *
 * @param title what it is about, e.g. "Who names a number first"
 * @param text the advice, in the second person, or the line to say
 * @param sourceId the dataset source it rests on (shown on the Sources screen)
 */
public record Advice(String title, String text, String sourceId) {

    public Advice {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
