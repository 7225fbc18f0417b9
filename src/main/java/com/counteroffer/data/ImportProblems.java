package com.counteroffer.data;

import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.ImportProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems found so far in a file being imported. One more than {@link ImportException#MAX_LISTED}
 * throws {@link Full}, so a reader stops checking a file that is wrong throughout instead of
 * collecting millions of problems; the reader then refuses the file with the ones listed.
 */
final class ImportProblems {

    /** Thrown to stop reading, with where the problem one too many is; no stack trace, so it costs nothing to make. */
    static final class Full extends RuntimeException {
        private final String row;

        Full(String row) {
            super(null, null, false, false);
            this.row = row;
        }

        /** Where reading stopped: "row 102", "clients[0].offers[100]". */
        String row() {
            return row;
        }
    }

    private final List<ImportProblem> listed = new ArrayList<>();

    void add(ImportProblem problem) {
        if (listed.size() == ImportException.MAX_LISTED) {
            throw new Full(problem.row());
        }
        listed.add(problem);
    }

    void addAll(Collection<ImportProblem> problems) {
        problems.forEach(this::add);
    }

    int size() {
        return listed.size();
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    /** The file refused with every problem found. */
    ImportException refusal(String origin) {
        return new ImportException(origin, listed);
    }

    /** The file refused with the problems listed, reading having stopped on one more. */
    ImportException stopped(String origin, Full full) {
        return new ImportException(origin, listed, full.row());
    }
}
