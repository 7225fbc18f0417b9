package com.counteroffer.service;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.store.RowCheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The saved rows that can't be read (another tool wrote them, a bit flipped, a newer version added
 * to them). Every read skips them, so the rest still shows; this names them, so the window and the
 * command line can say which and what to do. Nothing here changes them.
 */
public final class UnreadableRowService {

    /** How many rows the window's notice spells out before "and N more". */
    static final int NOTICE_DETAILS = 3;
    /** How much of each row's problem the notice quotes; the command line gives it whole. */
    static final int NOTICE_PROBLEM_LENGTH = 90;

    private final RowCheck check;

    public UnreadableRowService(RowCheck check) {
        this.check = check;
    }

    /** The client's rows that can't be read, offers first. */
    public List<UnreadableRow> of(long clientId) {
        return Await.result(check.unreadable(Optional.of(clientId)));
    }

    /** The rows of every client (not deleted) that can't be read. */
    public List<UnreadableRow> everywhere() {
        return Await.result(check.unreadable(Optional.empty()));
    }

    /**
     * What the window shows while rows can't be read, e.g. "1 offer could not be read (offer 7: base:
     * …). It is kept as it is; restore a backup or export what is readable."; empty when all can be.
     */
    public static String notice(List<UnreadableRow> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        Map<UnreadableRow.Table, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(UnreadableRow::table, TreeMap::new, Collectors.counting()));
        String what = and(counts.entrySet().stream().map(entry -> entry.getKey().count(entry.getValue())).toList());
        String details = rows.stream().limit(NOTICE_DETAILS)
                .map(row -> row.what() + ": " + shortened(row.problem())).collect(Collectors.joining("; "));
        if (rows.size() > NOTICE_DETAILS) {
            details += "; and " + (rows.size() - NOTICE_DETAILS) + " more";
        }
        String kept = rows.size() == 1 ? UnreadableRow.KEPT
                : "They are kept as they are; restore a backup or export what is readable.";
        return what + " could not be read (" + details + "). " + kept;
    }

    /** A computation's note for a row it had to do without: "Offer 7 is left out: it could not be read (…). …". */
    public static String leftOut(UnreadableRow row) {
        return Character.toUpperCase(row.what().charAt(0)) + row.what().substring(1) + " is left out: it could not be "
                + "read (" + row.problem() + "). " + UnreadableRow.KEPT;
    }

    private static String shortened(String problem) {
        return problem.length() <= NOTICE_PROBLEM_LENGTH ? problem
                : problem.substring(0, NOTICE_PROBLEM_LENGTH - 1) + "…";
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
