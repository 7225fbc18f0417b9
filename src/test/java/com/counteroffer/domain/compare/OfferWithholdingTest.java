package com.counteroffer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.data.WithholdingTablesReader;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxTables;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import com.counteroffer.domain.tax.withholding.WithholdingTables;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OfferWithholdingTest {

    private static final TaxTables TABLES = TaxTablesReader.builtIn();
    private static final WithholdingTables RULES = WithholdingTablesReader.builtIn();

    private static YearAmounts year(int year) {
        // base 200,000; bonus 30,000; sign-on 20,000; RSUs paid out 100,000; relocation 10,000 → wages 360,000
        BigDecimal k = BigDecimal.valueOf(1000);
        return YearAmounts.of(year, k.multiply(BigDecimal.valueOf(200)), k.multiply(BigDecimal.valueOf(30)),
                k.multiply(BigDecimal.valueOf(100)), k.multiply(BigDecimal.valueOf(20)), BigDecimal.ZERO,
                k.multiply(BigDecimal.valueOf(10)), BigDecimal.ZERO, BigDecimal.ZERO, k.multiply(BigDecimal.valueOf(100)));
    }

    private static YearTakeHome afterTax(YearAmounts amounts) {
        BigDecimal wages = amounts.wages().add(amounts.relocation());
        var tax = TaxEngine.compute(TABLES, TaxInput.of(wages, FilingStatus.SINGLE, StateCode.TX));
        return new YearTakeHome(amounts.year(), wages, tax, tax.net(), BigDecimal.valueOf(100), "US average", "");
    }

    @Test
    void baseIsRegularPayAndBonusSignOnStockAndRelocationAreSupplemental() {
        // supplemental 30,000 + 20,000 + 100,000 + 10,000 = 160,000: 22 % × 160,000 = 35,200;
        // regular 200,000 single: 36,734 (as in WithholdingTest)
        YearAmounts amounts = year(1);
        WithholdingResult result = OfferWithholding.of(afterTax(amounts), amounts, TABLES, RULES);

        assertThat(result.input().supplementalWages()).isEqualByComparingTo("160000");
        assertThat(result.federalSupplemental()).isEqualByComparingTo("35200");
        assertThat(result.federalRegular()).isEqualByComparingTo("36734");
    }

    @Test
    void yearsMustMatch() {
        assertThatThrownBy(() -> OfferWithholding.of(afterTax(year(1)), year(2), TABLES, RULES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
