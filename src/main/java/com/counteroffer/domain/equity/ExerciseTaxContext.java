package com.counteroffer.domain.equity;

import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxTables;
import java.util.Objects;

/**
 * What the tax at exercise is estimated against: the year's tables and the wages of the year of
 * exercise, with the filing status and residence they are taxed under.
 *
 * @param wageYear the wages without any exercise, taxed as {@link com.counteroffer.domain.tax.TaxEngine} taxes them
 */
public record ExerciseTaxContext(TaxTables tables, TaxInput wageYear) {

    public ExerciseTaxContext {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(wageYear, "wageYear");
    }
}
