package com.counteroffer.ui.offers;

import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.StoredOffer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One line of the offers table: the stored offer, its default projection, and, once the tax
 * tables are read, year 1 after tax and in purchasing power.
 */
public record OfferRow(StoredOffer stored, Projection projection, List<YearTakeHome> takeHome) {

    /** Which figures the Year 1 and Annualised columns show. */
    public enum Figures {
        GROSS("Gross pay"), NET("After tax"), PURCHASING_POWER("Purchasing power");

        private final String label;

        Figures(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** This row with take-home figures worked out. */
    public OfferRow withTakeHome(List<YearTakeHome> years) {
        return new OfferRow(stored, projection, years);
    }

    public long id() {
        return stored.id();
    }

    public Offer offer() {
        return stored.offer();
    }

    /** Year 1 in the chosen figures; null while take-home figures are still being worked out. */
    public Long year1(Figures figures) {
        return switch (figures) {
            case GROSS -> WholeDollars.of(projection.tcYear1());
            case NET -> takeHome == null ? null : WholeDollars.of(takeHome.get(0).net());
            case PURCHASING_POWER -> takeHome == null ? null : WholeDollars.of(takeHome.get(0).purchasingPower());
        };
    }

    /** The average of the yearly figures over the horizon in the chosen figures (gross: Levels-style). */
    public Long annualized(Figures figures) {
        if (figures == Figures.GROSS) {
            return WholeDollars.of(projection.tcAnnualized());
        }
        if (takeHome == null) {
            return null;
        }
        BigDecimal sum = takeHome.stream().map(year -> figures == Figures.NET ? year.net() : year.purchasingPower())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return WholeDollars.of(sum.divide(BigDecimal.valueOf(takeHome.size()), 2, RoundingMode.HALF_UP));
    }

    public long year1() {
        return year1(Figures.GROSS);
    }

    public long annualized() {
        return annualized(Figures.GROSS);
    }

    /** Whether the search text matches the company, title or notes (case-insensitive). */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
        Offer offer = offer();
        return offer.company().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || offer.title().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || offer.notes().toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
