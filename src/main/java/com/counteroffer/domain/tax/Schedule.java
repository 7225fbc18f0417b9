package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A progressive rate schedule for one filing status: brackets from 0 upwards, each rate from its lower bound. */
public record Schedule(List<Bracket> brackets, String sourceId, FigureStatus status, String note) {

    public Schedule {
        brackets = List.copyOf(brackets);
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        if (brackets.isEmpty() || brackets.get(0).from().signum() != 0) {
            throw new IllegalArgumentException("a schedule's first bracket must start at 0");
        }
        for (int i = 1; i < brackets.size(); i++) {
            if (brackets.get(i).from().compareTo(brackets.get(i - 1).from()) <= 0) {
                throw new IllegalArgumentException("bracket lower bounds must rise; "
                        + brackets.get(i).from().toPlainString() + " follows " + brackets.get(i - 1).from().toPlainString());
            }
        }
    }

    /** The index of the bracket {@code taxable} falls in; a bound belongs to the bracket it starts. */
    public int bracketIndex(BigDecimal taxable) {
        int index = 0;
        for (int i = 1; i < brackets.size(); i++) {
            if (taxable.compareTo(brackets.get(i).from()) >= 0) {
                index = i;
            }
        }
        return index;
    }

    /** The bracket {@code taxable} falls in, whose rate the next dollar pays. */
    public Bracket bracketOf(BigDecimal taxable) {
        return brackets.get(bracketIndex(taxable));
    }

    /** The tax on {@code taxable} (0 or more), exact. */
    public BigDecimal tax(BigDecimal taxable) {
        return shares("", taxable).stream().map(BracketShare::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Each bracket's share of {@code taxable}, only the brackets it reaches. */
    public List<BracketShare> shares(String jurisdiction, BigDecimal taxable) {
        List<BracketShare> shares = new ArrayList<>();
        for (int i = 0; i < brackets.size(); i++) {
            Bracket bracket = brackets.get(i);
            BigDecimal to = i + 1 < brackets.size() ? brackets.get(i + 1).from() : null;
            if (taxable.compareTo(bracket.from()) <= 0) {
                break;
            }
            BigDecimal top = to == null ? taxable : taxable.min(to);
            BigDecimal inBracket = top.subtract(bracket.from());
            shares.add(new BracketShare(jurisdiction, bracket.rate(), bracket.from(), to, inBracket,
                    inBracket.multiply(bracket.rate())));
        }
        return shares;
    }
}
