package com.counteroffer.domain.offer;

/**
 * What of the sign-on must be repaid on leaving: all of it when leaving before
 * {@code fullRepaymentMonths}, then a share falling month by month to nothing at
 * {@code proratedUntilMonths} (0 = no prorated period). Counted from the start date.
 */
public record Clawback(int fullRepaymentMonths, int proratedUntilMonths) {

    public static final Clawback NONE = new Clawback(0, 0);

    public Clawback {
        if (fullRepaymentMonths < 0 || proratedUntilMonths < 0) {
            throw new IllegalArgumentException("clawback months can't be negative");
        }
        if (proratedUntilMonths != 0 && proratedUntilMonths < fullRepaymentMonths) {
            throw new IllegalArgumentException("the prorated period ends after the full-repayment period");
        }
    }
}
