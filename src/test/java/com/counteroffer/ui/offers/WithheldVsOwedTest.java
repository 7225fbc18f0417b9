package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.data.WithholdingTablesReader;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxTables;
import com.counteroffer.domain.tax.withholding.Withholding;
import com.counteroffer.domain.tax.withholding.WithholdingInput;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import com.counteroffer.ui.common.Privacy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The "Withheld vs owed" part's text, without the toolkit. */
class WithheldVsOwedTest {

    private static final TaxTables TABLES = TaxTablesReader.builtIn();

    private static WithholdingResult result(long wages, long supplemental) {
        var liability = TaxEngine.compute(TABLES, TaxInput.of(BigDecimal.valueOf(wages), FilingStatus.SINGLE,
                StateCode.CA));
        return Withholding.compute(WithholdingTablesReader.builtIn(), TABLES, liability,
                new WithholdingInput(BigDecimal.valueOf(supplemental), null, false));
    }

    @Test
    void rsuVestsShowWithheldOwedTheBalanceAndTheSafeHarbourEachWithItsFormula() {
        // 200,000 base + 150,000 RSU in CA (WithholdingTest): federal 69,734 withheld of 81,308.957 owed (CA tax
        // itemized); safe harbour 74,393.0613; estimated payments 3,309.0613; total owed 4,325.293 less than before
        // itemizing, 136,506.23 − 4,325.293 = 132,180.94.
        WithholdingResult result = result(350_000, 150_000);
        WithheldVsOwed part = new WithheldVsOwed(result, 1, new Privacy());

        assertThat(part.title()).isEqualTo("Withheld vs owed, year 1");
        assertThat(part.basis()).contains("$200,000 of regular pay", "$150,000 of bonus, sign-on, RSU vests");
        WithheldVsOwed.Row federal = part.rows().get(0);
        assertThat(federal.label()).isEqualTo("Federal income tax");
        assertThat(federal.withheld()).isEqualTo("$69,734");
        assertThat(federal.owed()).isEqualTo("$81,309");
        assertThat(federal.formula()).contains("$200,000 − $8,600 (line 1g)", "22 % × $150,000 supplemental wages");
        assertThat(part.rows()).extracting(WithheldVsOwed.Row::label).containsExactly("Federal income tax",
                "Social Security and Medicare", "State income tax", "State payroll premiums", "Total");
        assertThat(part.rows().get(2).formula()).contains("(assumption)", "10.23 % × $150,000");
        // the balance is the total owed less the total withheld, as the rows show them
        assertThat(part.balanceDue()).isEqualTo("Balance due in April: " + new Privacy().money(result.balanceDue()));
        assertThat(part.balanceFormula()).contains("owed $132,181 − withheld $121,848");
        assertThat(part.safeHarbor()).isEqualTo("Safe harbour (IRC §6654): $74,393 of federal tax paid through the year");
        assertThat(part.estimatedPayments()).isEqualTo("Estimated payments to avoid a penalty: $3,309");
        assertThat(part.howLines()).anyMatch(line -> line.contains("Source: Internal Revenue Service (2025): "
                + "Publication 15-T (2026)"));
    }

    @Test
    void aRefundAndNoPenaltyAreSaidSo() {
        // 100,000 base + 20,000 bonus in CA: the bonus's 10.23 % is above California's 9.3 % bracket and the
        // federal 22 % matches the 22 % bracket, so more is withheld than owed.
        WithheldVsOwed part = new WithheldVsOwed(result(120_000, 20_000), 1, new Privacy());

        assertThat(part.balanceDue()).startsWith("Refund in April: $");
        assertThat(part.estimatedPayments()).isEqualTo("No estimated payments needed to avoid a penalty");
    }

    @Test
    void privacyModeHidesEveryFigure() {
        Privacy privacy = new Privacy();
        privacy.onProperty().set(true);
        WithheldVsOwed part = new WithheldVsOwed(result(350_000, 150_000), 1, privacy);

        assertThat(part.rows().get(0).withheld()).isEqualTo(Privacy.HIDDEN_AMOUNT);
        assertThat(part.rows().get(0).formula()).doesNotContain("$200,000", "$150,000");
        assertThat(part.balanceDue()).isEqualTo("Balance due in April: " + Privacy.HIDDEN_AMOUNT);
        assertThat(part.safeHarbor()).isEqualTo("Safe harbour (IRC §6654): " + Privacy.HIDDEN_AMOUNT
                + " of federal tax paid through the year");
        assertThat(part.howLines()).noneMatch(line -> line.contains("$36,734"));
    }
}
