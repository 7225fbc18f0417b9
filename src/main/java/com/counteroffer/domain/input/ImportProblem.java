package com.counteroffer.domain.input;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong in a file being imported.
 *
 * @param row where: "row 7" of a CSV file (the header is row 1, as a spreadsheet numbers it),
 *     "clients[0].offers[2]" of a JSON file, or "file" for the file as a whole
 * @param field the column or key, e.g. "base" or "equity.vesting"; empty when the whole row is wrong
 * @param reason what is wrong and what to write instead
 */
public record ImportProblem(String row, String field, String reason) {

    /** "equity.vesting[2]: reason" as the offer reader words its problems. */
    private static final Pattern PATH_FIRST = Pattern.compile("^([A-Za-z0-9_]+(?:\\[\\d+])*(?:\\.[A-Za-z0-9_]+(?:\\[\\d+])*)*): (.*)$",
            Pattern.DOTALL);

    /** The offer reader's "path: reason" problems, for one row. */
    public static List<ImportProblem> ofOffer(String row, OfferFormatException error) {
        return ofPaths(row, error.problems());
    }

    /** Problems worded "path: reason" (as {@link FieldChecks} and the offer reader word them), for one row. */
    public static List<ImportProblem> ofPaths(String row, List<String> problems) {
        return problems.stream().map(problem -> {
            Matcher matcher = PATH_FIRST.matcher(problem);
            return matcher.matches() ? new ImportProblem(row, matcher.group(1), matcher.group(2))
                    : new ImportProblem(row, "", problem);
        }).toList();
    }

    /** "row 7, base: expected a whole number of dollars, found "abc"". */
    public String describe() {
        return row + (field.isEmpty() ? "" : ", " + field) + ": " + reason;
    }
}
