package com.counteroffer.domain.input;

/**
 * What a parser made of typed text: a value (null when the input was optional and blank), or a
 * message that says what to type instead. Forms, files and the command line share these parsers,
 * so one input means the same everywhere.
 */
public record Parsed<T>(T value, String error, Ambiguity ambiguity) {

    /**
     * Input that could mean two things: a question for the user, which the UI words (from its messages),
     * so the domain holds no on-screen English for it.
     */
    public record Ambiguity(Kind kind, String typed) {

        public enum Kind {
            /** A bare number that is as likely a percent of base as dollars ("15"). */
            PERCENT_OR_DOLLARS
        }
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null, null);
    }

    public static <T> Parsed<T> error(String message) {
        return new Parsed<>(null, message, null);
    }

    public static <T> Parsed<T> ambiguous(Ambiguity.Kind kind, String typed) {
        return new Parsed<>(null, null, new Ambiguity(kind, typed));
    }

    public boolean ok() {
        return error == null && ambiguity == null;
    }
}
