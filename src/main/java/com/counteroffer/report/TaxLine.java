package com.counteroffer.report;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Household;
import java.util.Locale;

/** The tax settings the take-home figures use, as one sentence for the report's first page. */
final class TaxLine {

    private TaxLine() {
    }

    static String of(Profile profile) {
        TaxSettings tax = profile.tax();
        StringBuilder line = new StringBuilder("Take-home pay uses 2026 tax for ");
        line.append(tax.filingStatus() == FilingStatus.SINGLE ? "a single filer"
                : "filing status \"" + tax.filingStatus().label().toLowerCase(Locale.ROOT) + "\"");
        if (profile.stateOfResidence() != null) {
            line.append(" living in ").append(profile.stateOfResidence().label());
        }
        if (tax.nycResident()) {
            line.append(" (a New York City resident)");
        }
        if (tax.locality() != null) {
            line.append(" (local income tax of ").append(tax.locality()).append(")");
        }
        line.append(tax.k401Deferral() == 0 ? ", with no pre-tax 401(k) deferral"
                : ", deferring " + Money.format(tax.k401Deferral()) + " a year pre-tax into a 401(k)");
        if (tax.mdCountyRate() != null) {
            line.append(", a Maryland county rate of ")
                    .append(tax.mdCountyRate().movePointRight(2).stripTrailingZeros().toPlainString()).append(" %");
        }
        Household household = tax.household();
        if (household.spouseWages() > 0) {
            line.append(", with a spouse earning ").append(Money.format(household.spouseWages()))
                    .append(" on the joint return (each offer's net is what it adds to the household)");
        }
        if (household.roth401k() > 0) {
            line.append(", ").append(Money.format(household.roth401k())).append(" a year into a Roth 401(k)");
        }
        if (household.hsa() > 0) {
            line.append(", ").append(Money.format(household.hsa())).append(" a year into an HSA through payroll");
        }
        if (household.propertyTax() > 0) {
            line.append(", ").append(Money.format(household.propertyTax()))
                    .append(" of property tax (itemized with state tax when that beats the standard deduction)");
        }
        if (household.age() != null) {
            line.append(", aged ").append(household.age());
        }
        return line.append(" (the tax settings on the Profile screen).").toString();
    }
}
