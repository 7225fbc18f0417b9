package com.counteroffer.cli;

/** Input the user must fix; the message says what and how. Ends the command with exit code 2. */
public final class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
