package com.counteroffer.domain.equity;

import static com.counteroffer.domain.equity.EquityOffers.offer;
import static com.counteroffer.domain.equity.EquityOffers.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exercise cost, the window, the $100,000 ISO limit and the tax at exercise, worked by hand with the
 * 2026 tables: single filer, standard deduction $16,100; brackets 10 % to $12,400, 12 % to $50,400,
 * 22 % to $105,700, 24 % to $201,775, 32 % to $256,225, 35 % above; Social Security 6.2 % to $184,500,
 * Medicare 1.45 %, additional 0.9 % above $200,000. AMT 2026 (Rev. Proc. 2025-32, IRC §55 as amended
 * by P.L. 119-21): exemption $90,100 single, phased out at 50 % of AMTI above $500,000; 26 % up to
 * $244,500 of excess, 28 % above.
 */
class ExerciseTest {

    private static final TaxTables TABLES = TaxTablesReader.builtIn();

    private static ExerciseTaxContext wages(long wages) {
        return new ExerciseTaxContext(TABLES, TaxInput.of(BigDecimal.valueOf(wages), FilingStatus.SINGLE,
                StateCode.OTHER));
    }

    private static OptionGrant grant(OptionType type, boolean early) {
        // 10,000 options at a $1 strike with the 409A now at $6: a spread of $5 × 10,000 = $50,000.
        return options(10_000, "1", "6", "15", null, type, early, PrivateCompany.DEFAULTS);
    }

    @Test
    void nsoSpreadIsTaxedAsWagesOnTopOfTheYearsPay() {
        // Wages $150,000 → $200,000 with the spread. Federal: taxable $133,900 → $183,900, all of the
        // $50,000 in the 24 % bracket: $12,000. Social Security: $150,000 → capped $184,500: $34,500 ×
        // 6.2 % = $2,139. Medicare $50,000 × 1.45 % = $725; the additional 0.9 % starts above $200,000: $0.
        // Total $12,000 + $2,139 + $725 = $14,864.
        Exercise exercise = Exercises.of(grant(OptionType.NSO, false), null, wages(150_000));

        ExerciseTax tax = exercise.tax();
        assertThat(exercise.costAll()).isEqualByComparingTo("10000");
        assertThat(exercise.isoLimit()).isNull();
        assertThat(tax.spreadPerShare()).isEqualByComparingTo("5");
        assertThat(tax.nsoSpread()).isEqualByComparingTo("50000");
        assertThat(tax.taxOnNsoSpread()).isEqualByComparingTo("14864");
        assertThat(tax.amt()).isNull();
        assertThat(tax.total()).isEqualByComparingTo("14864");
    }

    @Test
    void isoSpreadBringsTheAmtAboveTheRegularTax() {
        // Regular: taxable $133,900; tax 1,240 + 4,560 + 12,166 + 24 % × 28,200 (6,768) = $24,734.
        // AMTI = 133,900 + the standard deduction 16,100 + the ISO spread 50,000 = $200,000, below the
        // $500,000 phase-out, so the exemption is the full $90,100; excess $109,900 × 26 % = $28,574.
        // AMT = 28,574 − 24,734 = $3,840. No regular tax on the ISO spread.
        Exercise exercise = Exercises.of(grant(OptionType.ISO, false), LocalDate.of(2026, 1, 5), wages(150_000));

        ExerciseTax tax = exercise.tax();
        assertThat(tax.isoShares()).isEqualTo(10_000);
        assertThat(tax.taxOnNsoSpread()).isEqualByComparingTo("0");
        AmtEstimate amt = tax.amt();
        assertThat(amt.regularTax()).isEqualByComparingTo("24734");
        assertThat(amt.amti()).isEqualByComparingTo("200000");
        assertThat(amt.exemptionAllowed()).isEqualByComparingTo("90100");
        assertThat(amt.tentativeMinimumTax()).isEqualByComparingTo("28574");
        assertThat(amt.amt()).isEqualByComparingTo("3840");
        assertThat(tax.total()).isEqualByComparingTo("3840");
        assertThat(tax.notes()).anyMatch(note -> note.contains("estimate"));
    }

    @Test
    void theAmtExemptionPhasesOutAndTheHighRateApplies() {
        // Wages $400,000: taxable 383,900; regular tax 1,240 + 4,560 + 12,166 + 24 % × 96,075 (23,058)
        // + 32 % × 54,450 (17,424) + 35 % × 127,675 (44,686.25) = $103,134.25.
        var regular = TaxEngine.compute(TABLES, TaxInput.of(BigDecimal.valueOf(400_000), FilingStatus.SINGLE,
                StateCode.OTHER));
        // ISO spread $200,000: AMTI 600,000; exemption 90,100 − 50 % × 100,000 = 40,100; excess 559,900;
        // TMT 26 % × 244,500 (63,570) + 28 % × 315,400 (88,312) = 151,882; AMT 151,882 − 103,134.25 = 48,747.75.
        AmtEstimate partly = ExerciseTaxes.amt(TABLES, regular, BigDecimal.valueOf(200_000));
        assertThat(partly.regularTax()).isEqualByComparingTo("103134.25");
        assertThat(partly.exemptionAllowed()).isEqualByComparingTo("40100");
        assertThat(partly.tentativeMinimumTax()).isEqualByComparingTo("151882");
        assertThat(partly.amt()).isEqualByComparingTo("48747.75");
        // ISO spread $300,000: AMTI 700,000; 50 % × 200,000 = 100,000 > 90,100, so no exemption; TMT 63,570
        // + 28 % × 455,500 (127,540) = 191,110; AMT 191,110 − 103,134.25 = 87,975.75.
        AmtEstimate gone = ExerciseTaxes.amt(TABLES, regular, BigDecimal.valueOf(300_000));
        assertThat(gone.exemptionAllowed()).isEqualByComparingTo("0");
        assertThat(gone.amt()).isEqualByComparingTo("87975.75");
    }

    @Test
    void theIsoLimitCountsEachCalendarYearsNewlyExercisableShares() {
        // The issue's grant: 60,000 options, 409A $4 at grant, so $100,000 covers 25,000 shares a year.
        // Start 4 May 2026, standard vesting: 15,000 at the cliff in May 2027 + 1,250 a month June–December
        // (8,750) = 23,750 in 2027; 15,000 in 2028 and 2029; 6,250 January–May 2030. None above 25,000.
        OptionGrant issue = options(60_000, "4", "4", "12", null, OptionType.ISO, false, PrivateCompany.DEFAULTS);

        IsoLimit limit = Exercises.of(issue, LocalDate.of(2026, 5, 4), null).isoLimit();

        assertThat(limit.years()).extracting(IsoLimit.Year::calendarYear).containsExactly(2027, 2028, 2029, 2030);
        // Year 1 is the grant's own calendar year, 2026, in which nothing vests.
        assertThat(limit.years()).extracting(IsoLimit.Year::grantYear).containsExactly(2, 3, 4, 5);
        assertThat(limit.years()).extracting(IsoLimit.Year::shares).containsExactly(23_750L, 15_000L, 15_000L, 6_250L);
        assertThat(limit.years().get(0).valueAtGrant()).isEqualByComparingTo("95000");
        assertThat(limit.nsoShares()).isZero();
        assertThat(limit.isoShares()).isEqualTo(60_000);
    }

    @Test
    void withEarlyExerciseEverythingIsExercisableAtGrantSoMostIsNso() {
        // All 60,000 exercisable in 2026: $240,000 at grant; 25,000 stay ISOs ($100,000), 35,000 are NSOs.
        OptionGrant early = options(60_000, "4", "4", "12", null, OptionType.ISO, true, PrivateCompany.DEFAULTS);

        Exercise exercise = Exercises.of(early, LocalDate.of(2026, 5, 4), null);

        assertThat(exercise.isoLimit().years()).singleElement().satisfies(year -> {
            assertThat(year.calendarYear()).isEqualTo(2026);
            assertThat(year.grantYear()).isEqualTo(1);
            assertThat(year.valueAtGrant()).isEqualByComparingTo("240000");
            assertThat(year.isoShares()).isEqualTo(25_000);
            assertThat(year.nsoShares()).isEqualTo(35_000);
        });
        assertThat(exercise.notes()).anyMatch(note -> note.contains("83(b)") && note.contains("30 days"));
        assertThat(exercise.notes()).anyMatch(note -> note.contains("35,000 of the options are treated as NSOs"));
    }

    @Test
    void withoutAStartDateTheIsoLimitCountsTwelveMonthPeriodsFromOne() {
        // 60,000 at $4, standard vesting: 15,000 at month 12 (period 1), 15,000 in months 13–24 (period 2), …
        OptionGrant issue = options(60_000, "4", "4", "12", null, OptionType.ISO, false, PrivateCompany.DEFAULTS);

        IsoLimit limit = Exercises.of(issue, null, null).isoLimit();

        assertThat(limit.years()).extracting(IsoLimit.Year::calendarYear).containsOnlyNulls();
        assertThat(limit.years()).extracting(IsoLimit.Year::grantYear).containsExactly(1, 2, 3, 4);
        assertThat(limit.years()).extracting(IsoLimit.Year::shares).containsExactly(15_000L, 15_000L, 15_000L, 15_000L);
    }

    @Test
    void theIsoLimitValuesTheSharesAtTheStrikeTakenAsThePriceAtGrantNotAtTodays409a() {
        // 60,000 ISOs at a $1 strike with the 409A now at $6, early exercise from 4 May 2026: all 60,000
        // are first exercisable in 2026, worth 60,000 × $1 = $60,000 at grant, within $100,000, so all stay
        // ISOs (at today's $6 they would be $360,000 and 43,334 of them NSOs).
        // Tax with $150,000 of wages: the spread ($6 − $1) × 60,000 = $300,000 is all ISO, so no regular tax
        // on it. Regular tax $24,734 (as above). AMTI = 133,900 + 16,100 + 300,000 = $450,000, below the
        // $500,000 phase-out: exemption $90,100, excess $359,900; TMT 26 % × 244,500 (63,570) + 28 % ×
        // 115,400 (32,312) = $95,882; AMT 95,882 − 24,734 = $71,148.
        OptionGrant early = options(60_000, "1", "6", "15", null, OptionType.ISO, true, PrivateCompany.DEFAULTS);

        EquityAnalysis analysis = EquityAnalysis.of(offer(early, LocalDate.of(2026, 5, 4)), null, wages(150_000));

        IsoLimit limit = analysis.exercise().isoLimit();
        assertThat(limit.valuePerShareAtGrant()).isEqualByComparingTo("1");
        assertThat(limit.years()).singleElement().satisfies(year ->
                assertThat(year.valueAtGrant()).isEqualByComparingTo("60000"));
        assertThat(limit.isoShares()).isEqualTo(60_000);
        assertThat(limit.nsoShares()).isZero();
        ExerciseTax tax = analysis.exercise().tax();
        assertThat(tax.isoShares()).isEqualTo(60_000);
        assertThat(tax.nsoShares()).isZero();
        assertThat(tax.isoSpread()).isEqualByComparingTo("300000");
        assertThat(tax.taxOnNsoSpread()).isEqualByComparingTo("0");
        assertThat(tax.amt().amti()).isEqualByComparingTo("450000");
        assertThat(tax.amt().amt()).isEqualByComparingTo("71148");
        assertThat(tax.total()).isEqualByComparingTo("71148");
        // The convention names the rule; the assumption says the strike stands in for the price at grant.
        assertThat(analysis.conventions()).anyMatch(line -> line.contains("strike") && line.contains("§422(b)(4)"));
        assertThat(analysis.assumptions()).anyMatch(line -> line.contains("$1.00 strike")
                && line.contains("price at grant") && line.contains("$6.00"));
    }

    @Test
    void aStrikeAtTodays409aNeedsNoAssumptionAboutThePriceAtGrant() {
        OptionGrant atPrice = options(60_000, "4", "4", "12", null, OptionType.ISO, false, PrivateCompany.DEFAULTS);

        EquityAnalysis analysis = EquityAnalysis.of(offer(atPrice, LocalDate.of(2026, 5, 4)), null, null);

        assertThat(analysis.assumptions()).noneMatch(line -> line.contains("price at grant"));
    }

    @Test
    void theIsoNotesSayWhatADisqualifyingDispositionTaxesAndWhereTheAmtFiguresComeFrom() {
        Exercise exercise = Exercises.of(grant(OptionType.ISO, false), LocalDate.of(2026, 1, 5), wages(150_000));

        List<String> notes = exercise.tax().notes();
        assertThat(notes).anyMatch(note -> note.contains("IRC §422(a)(1)")
                && note.contains("ordinary income (no Social Security or Medicare)")
                && note.contains("at most the actual gain (§422(c)(2))"));
        assertThat(notes).noneMatch(note -> note.contains("wages") && note.contains("disqualifying"));
        assertThat(exercise.tax().amt().source())
                .contains("Rev. Proc. 2025-32 as restated in PolicyEngine-US's parameters (secondary)");
    }

    @Test
    void theWindowIsTheUsualThreeMonthsUnlessTheLetterSaysAndLongerWindowsCostIsoStatus() {
        OptionGrant usual = options(1_000, "1", "1", null, null, OptionType.ISO, false, PrivateCompany.DEFAULTS);
        Exercise exercise = EquityAnalysis.of(offer(usual), null, null).exercise();
        assertThat(exercise.windowMonths()).isEqualTo(3);
        assertThat(exercise.notes().get(0)).contains("3 months", "doesn't say");

        OptionGrant extended = new OptionGrant(1_000, BigDecimal.ONE, BigDecimal.ONE, null, null, null, 120,
                EquityOffers.standard(), OptionType.ISO, false, PrivateCompany.DEFAULTS);
        Exercise longer = EquityAnalysis.of(offer(extended), null, null).exercise();
        assertThat(longer.windowMonths()).isEqualTo(120);
        assertThat(longer.notes()).anyMatch(note -> note.contains("10 years"))
                .anyMatch(note -> note.contains("IRC §422(a)(2)"));
    }
}
