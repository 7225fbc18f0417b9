package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import java.math.BigDecimal;

/**
 * What a part of the tax computation records as it goes: the figures it used (an uncertain one is noted), the
 * brackets, named lines, notes and the rate on the next dollar. {@link TaxEngine}'s computation keeps it.
 */
interface TaxLedger {

    /** A state's (or city's) tables, noting when an older schedule or the single schedule stands in. */
    Jurisdiction stateTables(JurisdictionId id);

    /** A figure's value, noting it when its status is uncertain. */
    BigDecimal use(Jurisdiction jurisdiction, Figure figure);

    void use(Jurisdiction jurisdiction, FigureStatus status, String note);

    /**
     * The schedule tax on {@code taxable}, its brackets added to the breakdown, and its rate to the marginal
     * rate when the next dollar of wages is taxable.
     */
    BigDecimal bracketTax(Jurisdiction jurisdiction, BigDecimal taxable, boolean nextDollarTaxed);

    /** Each bracket's share of {@code base} under {@code schedule}, added to the breakdown under {@code label}. */
    BigDecimal scheduleTax(String label, Schedule schedule, BigDecimal base);

    /**
     * A payroll premium of the state of residence; {@code rateOnNextDollar} is null once a cap is reached. Not
     * charged when the job is in another state: that state's premiums are (see {@link #premium}).
     */
    void payroll(Jurisdiction jurisdiction, String label, BigDecimal amount, BigDecimal rateOnNextDollar);

    /** A payroll premium charged as it is: a work state's, or a spouse's at home. */
    void premium(Jurisdiction jurisdiction, String label, BigDecimal amount, BigDecimal rateOnNextDollar);

    void line(TaxLine line);

    /** A bracket computed elsewhere (a work state's), added to the breakdown as it is. */
    void bracket(BracketShare share);

    void note(String sentence);

    void addMarginal(BigDecimal rate);
}
