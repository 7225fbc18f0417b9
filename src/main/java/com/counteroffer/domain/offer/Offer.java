package com.counteroffer.domain.offer;

import com.counteroffer.domain.market.Level;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything an offer letter says, or the current job entered the same way ({@code current}).
 * Amounts are whole dollars a year unless said otherwise.
 *
 * @param location hub id from the market dataset, or null
 * @param yearlyRaisePercent expected raise of base each year after the first (0 for none)
 * @param equity the initial grant, or null for none
 * @param match the 401(k) match, or null for none; reported apart from the total
 * @param benefitsValue yearly value of benefits; reported apart from the total
 * @param relocation one-time relocation payment in year 1; reported apart from the total
 */
public record Offer(
        String company, String title, Level level, String location, LocalDate startDate, LocalDate deadline,
        OfferStatus status, RemotePolicy remotePolicy, String notes, boolean current,
        long base, BigDecimal yearlyRaisePercent, TargetBonus bonus,
        List<SignOnPayment> signOns, Clawback clawback, long relocation,
        Equity equity, List<Refresher> refreshers,
        RetirementMatch match, long benefitsValue, Integer ptoDays) {

    public Offer {
        Objects.requireNonNull(company, "company");
        title = title == null ? "" : title;
        notes = notes == null ? "" : notes;
        status = status == null ? OfferStatus.RECEIVED : status;
        yearlyRaisePercent = yearlyRaisePercent == null ? BigDecimal.ZERO : yearlyRaisePercent;
        bonus = bonus == null ? TargetBonus.NONE : bonus;
        signOns = List.copyOf(signOns == null ? List.of() : signOns);
        clawback = clawback == null ? Clawback.NONE : clawback;
        refreshers = List.copyOf(refreshers == null ? List.of() : refreshers);
    }

    /** A minimal offer: company and base, everything else empty. Handy for tests and new forms. */
    public static Offer basic(String company, long base) {
        return new Offer(company, "", null, null, null, null, OfferStatus.RECEIVED, null, "", false, base,
                BigDecimal.ZERO, TargetBonus.NONE, List.of(), Clawback.NONE, 0, null, List.of(), null, 0, null);
    }

    public Offer withStatus(OfferStatus newStatus) {
        return new Offer(company, title, level, location, startDate, deadline, newStatus, remotePolicy, notes, current,
                base, yearlyRaisePercent, bonus, signOns, clawback, relocation, equity, refreshers, match,
                benefitsValue, ptoDays);
    }

    /** The same terms under another company name and not as the current job (a duplicate to edit). */
    public Offer asCopyNamed(String newCompany) {
        return new Offer(newCompany, title, level, location, startDate, deadline, status, remotePolicy, notes, false,
                base, yearlyRaisePercent, bonus, signOns, clawback, relocation, equity, refreshers, match,
                benefitsValue, ptoDays);
    }

    /** The terms a negotiation round changes: base, sign-on payments and the initial grant. */
    public Offer withTerms(long newBase, List<SignOnPayment> newSignOns, Equity newEquity) {
        return new Offer(company, title, level, location, startDate, deadline, status, remotePolicy, notes, current,
                newBase, yearlyRaisePercent, bonus, newSignOns, clawback, relocation, newEquity, refreshers, match,
                benefitsValue, ptoDays);
    }
}
