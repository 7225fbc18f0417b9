package com.counteroffer.domain.client;

import com.counteroffer.domain.input.TextRules;

/**
 * What a coach's client may be called: the rule the Clients screen, the command line, the store and
 * imports share. Spaces around a name are not part of it (a name picks the client, ignoring case), so
 * every one of them strips them alike; the rest is held to {@link TextRules} for a client's name.
 */
public final class ClientName {

    private ClientName() {
    }

    /** What is wrong with {@code name} as a client's name (spaces around it don't count), or null when nothing is. */
    public static String problem(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return "Give the client a name.";
        }
        String problem = TextRules.problem(clean, TextRules.Kind.CLIENT_NAME);
        return problem == null ? null : "The name: " + problem + ".";
    }
}
