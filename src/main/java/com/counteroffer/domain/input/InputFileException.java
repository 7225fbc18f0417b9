package com.counteroffer.domain.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file the user gave that cannot be used. Lists every problem found, one per line, each naming
 * the field path and what to fix, so a file can be corrected in one pass.
 */
public abstract class InputFileException extends RuntimeException {

    private final String origin;
    private final List<String> problems;

    protected InputFileException(String origin, List<String> problems) {
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
