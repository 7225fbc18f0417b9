package com.counteroffer.domain.offer;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of an offer, in plain lines like "Base: $200,000 → $215,000". */
public final class OfferChanges {

    private OfferChanges() {
    }

    public static List<String> between(Offer before, Offer after) {
        List<String> changes = new ArrayList<>();
        text(changes, "Company", before.company(), after.company());
        text(changes, "Title", before.title(), after.title());
        text(changes, "Level", label(before.level()), label(after.level()));
        text(changes, "Location", before.location(), after.location());
        text(changes, "Start date", str(before.startDate()), str(after.startDate()));
        text(changes, "Deadline", str(before.deadline()), str(after.deadline()));
        text(changes, "Status", before.status().label(), after.status().label());
        text(changes, "Remote policy", before.remotePolicy() == null ? null : before.remotePolicy().label(),
                after.remotePolicy() == null ? null : after.remotePolicy().label());
        money(changes, "Base", before.base(), after.base());
        text(changes, "Yearly raise", percent(before.yearlyRaisePercent()), percent(after.yearlyRaisePercent()));
        text(changes, "Target bonus", bonus(before.bonus()), bonus(after.bonus()));
        text(changes, "Sign-on", signOns(before), signOns(after));
        text(changes, "Clawback", clawback(before.clawback()), clawback(after.clawback()));
        money(changes, "Relocation", before.relocation(), after.relocation());
        text(changes, "Equity", equity(before.equity()), equity(after.equity()));
        text(changes, "Vesting", vesting(before.equity()), vesting(after.equity()));
        text(changes, "Refreshers", refreshers(before), refreshers(after));
        text(changes, "401(k) match", match(before.match()), match(after.match()));
        money(changes, "Benefits", before.benefitsValue(), after.benefitsValue());
        text(changes, "PTO days", before.ptoDays() == null ? null : before.ptoDays().toString(),
                after.ptoDays() == null ? null : after.ptoDays().toString());
        text(changes, "Notes", before.notes(), after.notes());
        return changes;
    }

    private static void money(List<String> changes, String what, long before, long after) {
        if (before != after) {
            changes.add(what + ": " + Money.format(before) + " → " + Money.format(after));
        }
    }

    private static void text(List<String> changes, String what, String before, String after) {
        String was = before == null || before.isEmpty() ? "none" : before;
        String now = after == null || after.isEmpty() ? "none" : after;
        if (!Objects.equals(was, now)) {
            changes.add(what + ": " + was + " → " + now);
        }
    }

    private static String label(Level level) {
        return level == null ? null : level.label();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String percent(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value.stripTrailingZeros().toPlainString() + " %";
    }

    private static String bonus(TargetBonus bonus) {
        if (bonus.amount() != null) {
            return Money.format(bonus.amount());
        }
        return percent(bonus.percentOfBase()) == null ? null : percent(bonus.percentOfBase()) + " of base";
    }

    private static String signOns(Offer offer) {
        return join(offer.signOns(), payment -> Money.format(payment.amount()) + " in year " + payment.year()
                + (payment.monthly() ? " (monthly over " + payment.monthlyOverMonths() + " months)" : ""));
    }

    private static String clawback(Clawback clawback) {
        if (clawback.fullRepaymentMonths() == 0 && clawback.proratedUntilMonths() == 0) {
            return null;
        }
        return "full within " + clawback.fullRepaymentMonths() + " months"
                + (clawback.proratedUntilMonths() > 0 ? ", prorated until " + clawback.proratedUntilMonths() : "");
    }

    private static String equity(Equity equity) {
        if (equity instanceof RsuGrant rsu) {
            return "RSUs worth " + Money.format(rsu.value().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        }
        if (equity instanceof OptionGrant options) {
            return String.format(java.util.Locale.US, "%,d options at $%s strike", options.shares(),
                    options.strike().stripTrailingZeros().toPlainString());
        }
        return null;
    }

    private static String vesting(Equity equity) {
        return equity == null ? null : describe(equity.vesting());
    }

    /** A vesting schedule in words: its preset name, or the custom percents, cliff and cadence. */
    public static String describe(Vesting vesting) {
        if (vesting.preset() != null) {
            return vesting.preset().label();
        }
        return vesting.yearlyPercents().stream().map(p -> p.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("/")) + ", " + vesting.cliffMonths() + "-month cliff, "
                + vesting.cadence().id();
    }

    private static String refreshers(Offer offer) {
        return join(offer.refreshers(), r -> Money.format(r.yearlyValue()) + "/yr from year " + r.firstGrantYear()
                + (r.guaranteed() ? " (guaranteed)" : " (expected)"));
    }

    private static String match(RetirementMatch match) {
        return match == null ? null : match.describe();
    }

    private static <T> String join(List<T> items, Function<T, String> describe) {
        return items.isEmpty() ? null : items.stream().map(describe).collect(Collectors.joining("; "));
    }
}
