package com.counteroffer.domain.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A file that cannot be imported, with the problems found in it; nothing of it was imported. At most
 * {@link #MAX_LISTED} are listed: a file with thousands of bad rows is fixed the same way after the
 * first hundred, and listing them all would take minutes and gigabytes.
 */
public final class ImportException extends RuntimeException {

    /** How many problems are listed; readers stop checking at the next one. */
    public static final int MAX_LISTED = 100;

    private final String origin;
    private final List<ImportProblem> problems;
    private final boolean truncated;

    /** Every problem found; past {@link #MAX_LISTED} the rest are counted in one last line. */
    public ImportException(String origin, List<ImportProblem> problems) {
        this(origin, listed(problems), problems.size() > MAX_LISTED);
    }

    /**
     * The first {@link #MAX_LISTED} problems, found before reading stopped at {@code stoppedAt} (a row,
     * or "file") on one more; how many more there are is not known.
     */
    public ImportException(String origin, List<ImportProblem> listed, String stoppedAt) {
        this(origin, withMore(listed, new ImportProblem(stoppedAt, "", "and more problems; checking stopped here after "
                + "the first " + MAX_LISTED + ". Fix these and import the file again to see the rest")), true);
    }

    private ImportException(String origin, List<ImportProblem> problems, boolean truncated) {
        super(problems.stream().map(problem -> origin + ": " + problem.describe())
                .collect(Collectors.joining("\n")));
        this.origin = origin;
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    private static List<ImportProblem> listed(List<ImportProblem> all) {
        if (all.size() <= MAX_LISTED) {
            return all;
        }
        return withMore(all.subList(0, MAX_LISTED), new ImportProblem("file", "", String.format(Locale.US,
                "and %,d more problems not listed. Fix these and import the file again to see the rest",
                all.size() - MAX_LISTED)));
    }

    private static List<ImportProblem> withMore(List<ImportProblem> listed, ImportProblem more) {
        List<ImportProblem> all = new ArrayList<>(listed.subList(0, Math.min(listed.size(), MAX_LISTED)));
        all.add(more);
        return all;
    }

    /** The file, as named to the user. */
    public String origin() {
        return origin;
    }

    /** The problems, the first {@link #MAX_LISTED} of them, and when there are more a last one that says so. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Whether there are more problems than listed: the last problem then says so. */
    public boolean truncated() {
        return truncated;
    }
}
