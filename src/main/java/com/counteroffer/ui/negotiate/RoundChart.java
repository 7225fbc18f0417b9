package com.counteroffer.ui.negotiate;

import com.counteroffer.service.RoundView;
import java.util.ArrayList;
import java.util.List;

/**
 * What the round-by-round chart draws: the offer's terms (the employer's rounds and asks they
 * agreed to) as one line, the user's own asks as another, so an ask never reads as a raise.
 *
 * @param terms the rounds that set the offer's terms, in order
 * @param asks the user's asks the employer has not agreed to, in order
 */
public record RoundChart(List<Point> terms, List<Point> asks) {

    /** One round: its label on the axis ("#2") and its annualised total. */
    public record Point(String round, long annualised) {
    }

    public RoundChart {
        terms = List.copyOf(terms);
        asks = List.copyOf(asks);
    }

    public static RoundChart of(List<RoundView> rounds) {
        List<Point> terms = new ArrayList<>();
        List<Point> asks = new ArrayList<>();
        for (RoundView view : rounds) {
            Point point = new Point("#" + view.round().number(), view.annualised());
            (view.round().setTerms() ? terms : asks).add(point);
        }
        return new RoundChart(terms, asks);
    }

    /** The chart in words, for screen readers. */
    public String describe() {
        return describe(com.counteroffer.domain.money.Money::format);
    }

    /** The chart in words, each amount written by {@code money} (privacy mode hides them). */
    public String describe(java.util.function.LongFunction<String> money) {
        StringBuilder text = new StringBuilder("The offer's annualised total by round: ");
        terms.forEach(point -> text.append(point.round()).append(' ')
                .append(money.apply(point.annualised())).append("; "));
        if (!asks.isEmpty()) {
            text.append("your asks: ");
            asks.forEach(point -> text.append(point.round()).append(' ')
                    .append(money.apply(point.annualised())).append("; "));
        }
        return text.toString().strip();
    }
}
