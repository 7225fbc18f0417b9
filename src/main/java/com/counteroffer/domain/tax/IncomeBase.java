package com.counteroffer.domain.tax;

import com.counteroffer.domain.EnumIds;
import java.util.Optional;

/** Where a state's income tax starts from, as its return's first line does. */
public enum IncomeBase {
    /** Federal adjusted gross income: wages less pre-tax 401(k) deferrals and payroll HSA contributions. */
    FEDERAL_AGI("federal_agi"),
    /** Federal taxable income: federal AGI less the federal deduction (Colorado, North Dakota, South Carolina…). */
    FEDERAL_TAXABLE_INCOME("federal_taxable_income"),
    /** Gross wages, before any deferral (Pennsylvania's compensation). */
    WAGES("wages");

    private final String id;

    IncomeBase(String id) {
        this.id = id;
    }

    /** The spelling in the tables files. */
    public String id() {
        return id;
    }

    public static Optional<IncomeBase> fromId(String id) {
        return EnumIds.find(values(), IncomeBase::id, id);
    }
}
