package com.counteroffer.domain.equity;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Jurisdiction;
import com.counteroffer.domain.tax.JurisdictionId;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The tax from exercising every option at once at today's 409A price: the NSO spread as wages
 * through {@link TaxEngine}, the ISO spread through an AMT estimate (Form 6251, wages only).
 */
final class ExerciseTaxes {

    private ExerciseTaxes() {
    }

    /** @param isoLimit the ISO split, or null for NSOs */
    static ExerciseTax of(OptionGrant options, IsoLimit isoLimit, ExerciseTaxContext context) {
        BigDecimal spread = options.fairMarketValue().subtract(options.strike()).max(BigDecimal.ZERO);
        long nsoShares = options.type() == OptionType.NSO ? options.shares() : isoLimit.nsoShares();
        long isoShares = options.shares() - nsoShares;
        BigDecimal nsoSpread = spread.multiply(BigDecimal.valueOf(nsoShares));
        BigDecimal isoSpread = spread.multiply(BigDecimal.valueOf(isoShares));
        TaxInput wageYear = context.wageYear();
        TaxResult without = TaxEngine.compute(context.tables(), wageYear);
        TaxResult with = TaxEngine.compute(context.tables(), wageYear.withWages(wageYear.wages().add(nsoSpread)));
        BigDecimal onNso = with.totalTax().subtract(without.totalTax());
        AmtEstimate amt = isoShares == 0 ? null : amt(context.tables(), with, isoSpread);
        List<String> notes = new ArrayList<>();
        notes.add("An estimate, not tax advice: every option exercised at once at today's 409A price of "
                + Money.sharePrice(options.fairMarketValue()) + " in a year with " + wagesWords(wageYear)
                + ", taxed under " + context.tables().taxYear() + " tables.");
        if (nsoShares > 0) {
            notes.add("NSO spread ((409A − strike) × shares) is taxed as wages: federal, Social Security, Medicare"
                    + " and state tax on the wages with the spread, less the same on the wages alone.");
        }
        if (amt != null) {
            notes.add("ISO spread: no regular tax at exercise, but it counts for the alternative minimum tax."
                    + " AMTI is taken as the regular taxable income + the deduction added back (standard, or the"
                    + " itemized state and local taxes) + the ISO"
                    + " spread (Form 6251 lines 1, 2a, 2i); no other adjustments, no AMT credit, no state AMT"
                    + " (California has its own). Figures: " + amt.source() + ".");
            notes.add("Selling ISO shares within 1 year of exercise or 2 years of grant (a disqualifying"
                    + " disposition, IRC §422(a)(1)) makes the spread at exercise ordinary income (no Social Security"
                    + " or Medicare), at most the actual gain (§422(c)(2)).");
        }
        return new ExerciseTax(context.tables().taxYear(), wageYear.wages(), spread, nsoShares, isoShares, nsoSpread,
                isoSpread, onNso, amt, onNso.add(amt == null ? BigDecimal.ZERO : amt.amt()), notes);
    }

    /**
     * The AMT: AMTI = regular taxable income + the standard deduction added back + ISO spread;
     * exemption less the phase-out rate × AMTI above the start; the low rate up to the threshold
     * and the high rate above it; less the regular tax, at least 0.
     */
    static AmtEstimate amt(TaxTables tables, TaxResult regular, BigDecimal isoSpread) {
        Jurisdiction federal = tables.get(JurisdictionId.FEDERAL);
        FilingStatus filing = regular.input().filing();
        // AGI (wages less the 401(k) deferral) less taxable income is the deduction actually taken: standard, or the
        // itemized state and local taxes, neither allowed for the AMT (Form 6251 line 2a).
        BigDecimal agi = regular.input().wages().subtract(regular.input().k401Deferral());
        BigDecimal addedBack = agi.subtract(regular.federalTaxableIncome()).max(BigDecimal.ZERO);
        BigDecimal amti = regular.federalTaxableIncome().add(addedBack).add(isoSpread);
        BigDecimal exemption = federal.figure("amt_exemption", filing).value();
        BigDecimal start = federal.figure("amt_phaseout_start", filing).value();
        BigDecimal phaseOutRate = federal.figure("amt_phaseout_rate").value();
        BigDecimal allowed = exemption.subtract(phaseOutRate.multiply(amti.subtract(start).max(BigDecimal.ZERO)))
                .max(BigDecimal.ZERO);
        BigDecimal excess = amti.subtract(allowed).max(BigDecimal.ZERO);
        BigDecimal low = federal.figure("amt_low_rate").value();
        BigDecimal high = federal.figure("amt_high_rate").value();
        BigDecimal threshold = federal.figure("amt_high_rate_threshold").value();
        BigDecimal tentative = low.multiply(excess.min(threshold))
                .add(high.multiply(excess.subtract(threshold).max(BigDecimal.ZERO)));
        BigDecimal amt = tentative.subtract(regular.federalIncomeTax()).max(BigDecimal.ZERO);
        String source = tables.taxYear() + " AMT exemption, phase-out and rates: Rev. Proc. 2025-32 as restated in"
                + " PolicyEngine-US's parameters (secondary), with IRC §55 as amended by P.L. 119-21 read the same way"
                + " (docs/reference-data.md §4)";
        return new AmtEstimate(regular.federalTaxableIncome(), addedBack, isoSpread, amti, exemption, start,
                phaseOutRate, allowed, excess, low, high, threshold, tentative, regular.federalIncomeTax(), amt,
                tables.taxYear(), source);
    }

    private static String wagesWords(TaxInput wageYear) {
        return com.counteroffer.domain.money.Money.format(
                wageYear.wages().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()) + " of wages";
    }
}
