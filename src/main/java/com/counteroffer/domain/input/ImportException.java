package com.counteroffer.domain.input;

import java.util.List;
import java.util.stream.Collectors;

/** A file that cannot be imported, with every problem found in it; nothing of it was imported. */
public final class ImportException extends RuntimeException {

    private final String origin;
    private final List<ImportProblem> problems;

    public ImportException(String origin, List<ImportProblem> problems) {
        super(problems.stream().map(problem -> origin + ": " + problem.describe())
                .collect(Collectors.joining("\n")));
        this.origin = origin;
        this.problems = List.copyOf(problems);
    }

    /** The file, as named to the user. */
    public String origin() {
        return origin;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
