package com.counteroffer.domain;

import java.nio.file.Path;

/**
 * A saved row the app cannot turn back into what it stores: another tool wrote it, a bit flipped,
 * or a newer version added to it. Reads skip it so everything else still shows; it is named to the
 * user and kept exactly as it is.
 *
 * @param database the database file the row is in
 * @param rowId the row's id (SQLite rowid) in its table
 * @param offerId the offer the row belongs to (an offer, its round or its workspace), else null
 * @param what the row in words, e.g. "offer 7", "round 2 of offer 7", "profile"
 * @param problem what is wrong with it, on one line
 */
public record UnreadableRow(Path database, Table table, long rowId, long clientId, String clientName, Long offerId,
                            String what, String problem) {

    /** What happens to such a row and what the user can do, said wherever one is named. */
    public static final String KEPT = "It is kept as it is; restore a backup or export what is readable.";

    /** The tables whose rows the app turns into offers, plans and the like, with what a row is called. */
    public enum Table {
        OFFER("offer", "offer", "offers"),
        ROUND("offer_version", "negotiation round", "negotiation rounds"),
        COMPARISON("comparison", "saved comparison", "saved comparisons"),
        SCENARIO("compare_scenario", "compare scenario", "compare scenarios"),
        NEGOTIATION("negotiation", "negotiation workspace", "negotiation workspaces"),
        PROFILE("profile", "profile", "profiles"),
        NOTE("session_note", "session note", "session notes");

        private final String sqlName;
        private final String one;
        private final String many;

        Table(String sqlName, String one, String many) {
            this.sqlName = sqlName;
            this.one = one;
            this.many = many;
        }

        /** The table's name in the database. */
        public String sqlName() {
            return sqlName;
        }

        /** "1 offer", "3 offers". */
        public String count(long count) {
            return count + " " + (count == 1 ? one : many);
        }
    }

    /** The row, its place and what is wrong, on one line: "offer 7 of client "Me" could not be read (…): …". */
    public String describe() {
        return what + " of client \"" + clientName + "\" could not be read (table " + table.sqlName() + ", row "
                + rowId + " in " + database + "): " + problem;
    }
}
