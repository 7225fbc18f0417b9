package com.counteroffer.ui.offers;

import com.counteroffer.domain.input.Dates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A decision deadline as a countdown people read at a glance. */
final class Deadlines {

    /** Deadlines this close (or passed) are shown as urgent. */
    static final long URGENT_DAYS = 2;

    private Deadlines() {
    }

    static String countdown(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days == 0) {
            return Dates.format(deadline) + " (today)";
        }
        if (days == 1) {
            return Dates.format(deadline) + " (tomorrow)";
        }
        if (days > 1) {
            return Dates.format(deadline) + " (in " + days + " days)";
        }
        return Dates.format(deadline) + " (passed " + (-days) + (days == -1 ? " day ago)" : " days ago)");
    }

    static boolean urgent(LocalDate deadline, LocalDate today) {
        return deadline != null && ChronoUnit.DAYS.between(today, deadline) <= URGENT_DAYS;
    }
}
