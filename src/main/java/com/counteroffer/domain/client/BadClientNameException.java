package com.counteroffer.domain.client;

/** The name is empty, too long, or taken by another client. */
public final class BadClientNameException extends RuntimeException {

    public BadClientNameException(String message) {
        super(message);
    }
}
