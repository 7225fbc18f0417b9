package com.counteroffer.service;

/**
 * Input the user must fix (a value out of range, a file that isn't one of ours); the message says
 * what and how. The window shows it where the user is looking; the command line exits with 2.
 */
public final class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String message) {
        this(null, message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
    }

    /** @param field which input is wrong, so a form can show the message under it and a command name the option */
    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the message is about, or null when it is about the whole request. */
    public String field() {
        return field;
    }
}
