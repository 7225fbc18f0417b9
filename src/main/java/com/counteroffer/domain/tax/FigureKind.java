package com.counteroffer.domain.tax;

/** What a tax-table figure measures, which decides how it is written in the file. */
public enum FigureKind {
    /** Dollars, possibly with cents (e.g. a premium cap of 411.91). */
    AMOUNT,
    /** A rate, written in percent in the file and held as a fraction (6.2 → 0.062). */
    RATE,
    /** A whole count, such as the number of personal exemptions. */
    COUNT
}
