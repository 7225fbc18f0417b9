package com.counteroffer.service;

/**
 * Input the user must fix (a value out of range, a file that isn't one of ours); the message says
 * what and how. The window shows it where the user is looking; the command line exits with 2.
 */
public final class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
