package com.counteroffer.domain.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as people type them — {@code 2027-01-11}, {@code 1/11/2027}, {@code Jan 11, 2027},
 * {@code January 11 2027}, {@code 11 Jan 2027} — and one way of showing them: {@code Jan 11, 2027},
 * which can't be misread as day-first or month-first.
 */
public final class Dates {

    /** The one format dates are shown in. */
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);
    /** A moment as shown on screen: "Jan 11, 2027, 14:05" (the date as ever, then the 24-hour time). */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, uuuu, HH:mm", Locale.US);
    /** A time of day on screen, where the day is plain from the context: "14:05". */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
    /** A date as one writes it in a letter or says it on a call: "January 11, 2027". */
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    /** The same, spoken without the year (the year is plain when asking for a few more days): "January 11". */
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("M/d/uuuu"),
            pattern("MMM d, uuuu"),
            pattern("MMM d uuuu"),
            pattern("MMMM d, uuuu"),
            pattern("MMMM d uuuu"),
            pattern("d MMM uuuu"),
            pattern("d MMMM uuuu"));
    /** Far enough either side for any offer, deadline or negotiation round. */
    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2100;

    private Dates() {
    }

    /** A date; blank is an error when {@code required}, else a null value. */
    public static Parsed<LocalDate> parse(String text, boolean required, String what) {
        if (text == null || text.isBlank()) {
            return required ? Parsed.error("Enter the " + what + ", e.g. Jan 11, 2027 or 2027-01-11.") : Parsed.of(null);
        }
        String cleaned = text.strip().replaceAll("\\s+", " ").replace(" ,", ",");
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                LocalDate date = LocalDate.parse(cleaned, format);
                if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
                    return Parsed.error("The " + what + " must be between " + EARLIEST_YEAR + " and " + LATEST_YEAR
                            + ".");
                }
                return Parsed.of(date);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return Parsed.error("\"" + text.strip() + "\" is not a date. Type it like Jan 11, 2027, 1/11/2027 or "
                + "2027-01-11.");
    }

    /** A date as shown everywhere: "Jan 11, 2027"; empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    /** A moment as shown everywhere on screen: "Jan 11, 2027, 14:05"; empty for none. */
    public static String formatDateTime(java.time.temporal.TemporalAccessor moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** A time of day: "14:05"; empty for none. */
    public static String formatTime(java.time.temporal.TemporalAccessor moment) {
        return moment == null ? "" : TIME.format(moment);
    }

    /** A date with its weekday, for a heading: "Wednesday, Dec 2, 2026". */
    public static String formatWithWeekday(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.US)
                + ", " + format(date);
    }

    /** A date in a letter or a script the user sends or says: "January 11, 2027"; empty for none. */
    public static String formatLong(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** A date said on a call, the year left out: "January 11"; empty for none. */
    public static String formatSpoken(LocalDate date) {
        return date == null ? "" : SPOKEN.format(date);
    }

    /** A date stored as ISO text ("2027-01-11") as shown everywhere; text that is no date is shown as it is. */
    public static String formatStored(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        Parsed<LocalDate> parsed = parse(iso, false, "date");
        return parsed.ok() && parsed.value() != null ? format(parsed.value()) : iso;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }
}
