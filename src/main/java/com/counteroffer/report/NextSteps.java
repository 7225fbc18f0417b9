package com.counteroffer.report;

import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferRound;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.service.RoundView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The next steps for one offer, from what the app knows: its deadline, where the last negotiation
 * round left it and the counter plan's opening asks. A decided offer (accepted, declined, expired)
 * has none.
 */
final class NextSteps {

    /**
     * The printed report's date, day first with the month written out ("11 January 2027"): a document of
     * record reads it as a letter would, and no reader can take it as month/day. The screens use Dates.
     */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    private NextSteps() {
    }

    static List<String> of(Offer offer, CounterPlan plan, List<RoundView> rounds, LocalDate today) {
        List<String> steps = new ArrayList<>();
        if (offer.current() || offer.status() == OfferStatus.ACCEPTED || offer.status() == OfferStatus.DECLINED
                || offer.status() == OfferStatus.EXPIRED) {
            return steps;
        }
        String company = offer.company();
        if (offer.deadline() != null) {
            long days = ChronoUnit.DAYS.between(today, offer.deadline());
            if (days < 0) {
                steps.add(company + ": the deadline of " + offer.deadline().format(DATE) + " has passed; ask whether "
                        + "the offer still stands, and for a new date, before countering.");
            } else {
                steps.add(company + ": answer by " + offer.deadline().format(DATE) + " ("
                        + (days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days") + ").");
            }
        }
        // The first round is the offer as received; a negotiation has more.
        if (rounds.size() > 1) {
            OfferRound last = rounds.get(rounds.size() - 1).round();
            String date = last.date().format(DATE);
            if (last.agreed()) {
                steps.add(company + ": your ask of " + date + " was agreed; get the agreed terms in writing.");
            } else if (last.proposedBy() == ProposedBy.EMPLOYER) {
                steps.add(company + ": reply to the employer's terms of " + date + " (base "
                        + Money.format(last.terms().base()) + ").");
            } else {
                steps.add(company + ": waiting for an answer to your ask of " + date + ".");
            }
        }
        List<Ask> amounts = plan.asks().stream().filter(ask -> ask.opening() != null && ask.target() != null).toList();
        if (!amounts.isEmpty()) {
            steps.add(company + ": open with " + amounts.stream()
                    .map(ask -> ask.lever().label().toLowerCase(Locale.ROOT) + " " + money(ask.opening())
                            + " (settle at " + money(ask.target()) + " or above)")
                    .collect(Collectors.joining(", ")) + (plan.walkAway() == null ? "." : "; walk away below "
                            + money(plan.walkAway()) + " annualised."));
        }
        return steps;
    }

    private static String money(java.math.BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }
}
