package com.counteroffer.domain.negotiation;

import java.util.List;
import java.util.Objects;

/**
 * A filled script and what was left out of it.
 *
 * @param text the script, with no placeholder, marker or gap left in it
 * @param leftOut the placeholders whose lines were dropped because they had no value, in the order
 *     they first appear (a section that was simply skipped is not listed: the template chose that)
 */
public record RenderedScript(String text, List<String> leftOut) {

    public RenderedScript {
        Objects.requireNonNull(text, "text");
        leftOut = List.copyOf(leftOut);
    }
}
