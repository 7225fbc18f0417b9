package com.counteroffer.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An offer file ({@code counteroffer.offer/1}) that cannot be used. Lists every problem found, one
 * per line, each naming the field path and what to write instead, so a file can be fixed in one pass.
 */
public final class OfferFormatException extends RuntimeException {

    private final String origin;
    private final List<String> problems;

    public OfferFormatException(String origin, List<String> problems) {
        super(problems.stream().map(problem -> origin + ": " + problem).collect(Collectors.joining("\n")));
        this.origin = origin;
        this.problems = List.copyOf(problems);
    }

    /** The file the problems are in, as named to the user. */
    public String origin() {
        return origin;
    }

    /** Each problem as "path: what is wrong and what to write instead", without the origin. */
    public List<String> problems() {
        return problems;
    }
}
