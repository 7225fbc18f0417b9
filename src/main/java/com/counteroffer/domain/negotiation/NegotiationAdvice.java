package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.offer.Offer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The advice every plan carries beside its asks: who names a number first, how to buy time before a
 * deadline, and why the openings are precise. Each rests on a source in the dataset.
 */
public final class NegotiationAdvice {

    public static final String FIRST_MOVE_SOURCE = "galinsky-mussweiler-2001";
    public static final String TIME_SOURCE = "malhotra-2014";
    public static final String PRECISION_SOURCE = "mason-2013";
    /** Business days to ask for when buying time. */
    static final int EXTRA_BUSINESS_DAYS = 3;


    private NegotiationAdvice() {
    }

    public static List<Advice> of(List<Ask> asks, Offer offer, LocalDate today) {
        List<Advice> advice = new ArrayList<>();
        // Well informed: an ask stands on a competing offer, a usable band or the posted range.
        List<String> evidence = asks.stream().map(Ask::evidence).filter(found -> found == Evidence.COMPETING_OFFER
                || found == Evidence.MARKET_BAND || found == Evidence.POSTED_RANGE).distinct().map(Evidence::label)
                .toList();
        boolean informed = !evidence.isEmpty();
        advice.add(new Advice("Who names a number first", informed
                ? "You are well informed (" + String.join(", ", evidence) + "), so name your figure first: a first "
                        + "offer anchors the talk that follows, "
                        + "and the side that moves first with good information usually ends closer to its aim."
                : "Without a competing offer, a usable band or a posted range, ask for their range before you name "
                        + "a figure: \"Before I come back with numbers, could you share the range for this level, and "
                        + "where the offer sits in it?\" A range they give is evidence: type it as the posted range.",
                FIRST_MOVE_SOURCE));
        advice.add(new Advice("Buying time before the deadline", buyTime(offer, today), TIME_SOURCE));
        if (asks.stream().anyMatch(ask -> ask.opening() != null && ask.evidence() != Evidence.COMPETING_OFFER)) {
            advice.add(new Advice("Why the openings are precise figures", "An opening like $247,750 reads as "
                    + "researched and draws a smaller counter than $250,000; say it as it is, without rounding it.",
                    PRECISION_SOURCE));
        }
        return advice;
    }

    private static String buyTime(Offer offer, LocalDate today) {
        LocalDate deadline = offer.deadline();
        String thanks = "\"Thank you, I'm glad to have the offer and I'm taking it seriously. ";
        if (deadline == null || today == null) {
            return thanks + "Could I come back to you within a few days, once I've been through every part of it?\""
                    + " Ask for the deadline in writing at the same time.";
        }
        if (deadline.isBefore(today)) {
            return "\"Thank you for waiting. Is the offer still open? I'd like a few more days to go through it, "
                    + "until " + com.counteroffer.domain.input.Dates.formatSpoken(plusBusinessDays(today, EXTRA_BUSINESS_DAYS)) + " if that works.\"";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        LocalDate later = plusBusinessDays(deadline, EXTRA_BUSINESS_DAYS);
        return thanks + "To give it the attention it deserves, could I have until " + com.counteroffer.domain.input.Dates.formatSpoken(later) + " rather "
                + "than " + com.counteroffer.domain.input.Dates.formatSpoken(deadline) + "?\"" + (days <= 2
                ? " The deadline is close: ask today, and say what you are waiting for (another process, a talk "
                        + "with family) so the extension reads as a reason, not a tactic." : "");
    }

    private static LocalDate plusBusinessDays(LocalDate from, int days) {
        LocalDate date = from;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}
