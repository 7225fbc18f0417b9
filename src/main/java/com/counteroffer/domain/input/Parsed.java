package com.counteroffer.domain.input;

/**
 * What a parser made of typed text: a value (null when the input was optional and blank), or a
 * message that says what to type instead. Forms, files and the command line share these parsers,
 * so one input means the same everywhere.
 */
public record Parsed<T>(T value, String error) {

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> error(String message) {
        return new Parsed<>(null, message);
    }

    public boolean ok() {
        return error == null;
    }
}
