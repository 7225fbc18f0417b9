package com.counteroffer.domain.client;

import java.util.Locale;

/** What a coach's client may be called: the rule the Clients screen, the store and imports share. */
public final class ClientName {

    public static final int MAX_LENGTH = 80;

    private ClientName() {
    }

    /** What is wrong with {@code name} as a client's name (spaces around it don't count), or null when nothing is. */
    public static String problem(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return "Give the client a name.";
        }
        if (clean.length() > MAX_LENGTH) {
            return "Keep the name under " + MAX_LENGTH + " characters.";
        }
        if (clean.toLowerCase(Locale.ROOT).chars().anyMatch(Character::isISOControl)) {
            return "The name can't contain line breaks or control characters.";
        }
        return null;
    }
}
